// RFC 8785 §3.2.3: members sorted by the UTF-16 code units of their names.
using System;
using System.Collections.Generic;

namespace Policy.Kernel.Hashing
{
    /// <summary>
    /// Sorts an object's members into canonical order. ASCII names (nearly all) are compared as their UTF-8
    /// bytes, which for ASCII is the UTF-16 order, without decoding them; any other name sends the whole
    /// object through ordinal comparison of the decoded names.
    /// </summary>
    internal sealed class MemberOrder<TSource, TValue, TMember> : IComparer<TMember>
        where TSource : struct, ICanonicalSource<TValue, TMember>
    {
        private static readonly MemberOrder<TSource, TValue, TMember> AsciiBytes = new MemberOrder<TSource, TValue, TMember>();

        public static void Sort(TMember[] members, int count)
        {
            if (count < 2)
            {
                return;
            }

            if (AllNamesAscii(members, count))
            {
                if (count <= InsertionSortLimit)
                {
                    InsertionSort(members, count);
                }
                else
                {
                    Array.Sort(members, 0, count, AsciiBytes);
                }

                return;
            }

            var source = default(TSource);
            var names = new string[count];
            var sorted = true;
            for (var i = 0; i < count; i++)
            {
                names[i] = source.NameOf(members[i]);
                sorted = sorted && (i == 0 || string.CompareOrdinal(names[i - 1], names[i]) <= 0);
            }

            if (!sorted)
            {
                Array.Sort(names, members, 0, count, StringComparer.Ordinal);
            }
        }

        public int Compare(TMember? x, TMember? y)
        {
            var source = default(TSource);
            source.TryGetUtf8Name(x!, out var left);
            source.TryGetUtf8Name(y!, out var right);
            return left.SequenceCompareTo(right);
        }

        // Array.Sort sorts this few by insertion too (the same order), but through comparer calls that fetch
        // and check both names every time and allocate per object; larger objects keep its O(n log n).
        private const int InsertionSortLimit = 16;

        private static void InsertionSort(TMember[] members, int count)
        {
            var source = default(TSource);
            for (var i = 1; i < count; i++)
            {
                var moving = members[i];
                source.TryGetUtf8Name(moving, out var name);
                var j = i - 1;
                while (j >= 0 && source.TryGetUtf8Name(members[j], out var before) && before.SequenceCompareTo(name) > 0)
                {
                    members[j + 1] = members[j];
                    j--;
                }

                members[j + 1] = moving;
            }
        }

        private static bool AllNamesAscii(TMember[] members, int count)
        {
            var source = default(TSource);
            for (var i = 0; i < count; i++)
            {
                if (!source.TryGetUtf8Name(members[i], out var name))
                {
                    return false;
                }

                foreach (var b in name)
                {
                    if (b >= 0x80)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
