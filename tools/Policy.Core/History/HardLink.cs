using System.Runtime.InteropServices;

namespace Policy.Core.History;

/// <summary>
/// A second name for an existing file (POSIX <c>link</c>): putting thousands of unchanged files into a
/// temporary copy of a revision costs a directory entry each instead of writing them again. Where
/// there are no hard links (Windows, another file system) the file is copied.
/// </summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> name the same file as <paramref name="existing"/>, or a copy of it.</summary>
    public static void LinkOrCopy(string existing, string link)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                if (Link(existing, link) == 0)
                {
                    return;
                }
            }
            catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc link: copy instead.
            }
        }

        File.Copy(existing, link);
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
#pragma warning restore SYSLIB1054
}
