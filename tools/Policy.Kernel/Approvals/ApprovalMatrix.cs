// Which roles the organisation's approval matrix asks of one target: the evaluator checks an
// Approval against them, and `policy diff` names them when a change voids an approval.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Policy.Kernel.Approvals
{
    public static class ApprovalMatrix
    {
        /// <summary>The matrix rows that apply to the target (kind, and risk class and health data when the row sets them).</summary>
        public static IReadOnlyList<ApprovalMatrixEntry> RowsFor(IReadOnlyList<ApprovalMatrixEntry> matrix, ApprovalTarget target) =>
            matrix.Where(row => row.AppliesTo(target)).ToList();

        /// <summary>The roles an approval of the target needs, each written as in the matrix (<c>cio|ciso</c>: either), in matrix order.</summary>
        public static IReadOnlyList<string> RequiredRoles(IReadOnlyList<ApprovalMatrixEntry> matrix, ApprovalTarget target) =>
            RowsFor(matrix, target).SelectMany(row => row.RequiredRoles).Distinct(StringComparer.Ordinal).ToList();
    }
}
