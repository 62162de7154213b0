using Policy.Core.Inventory;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Inventory;

/// <summary>The register names the kernel's approval verdict in one word: approved, stale, expired, missing or invalid.</summary>
public sealed class ApprovalStateTests : IDisposable
{
    private readonly RegisterTestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private RegisterCell SystemCell(DateTime? today = null) => repository.Rows(today).Single().Cells.Single(c => c.Column == RegisterColumns.Id);

    [Fact]
    public void Approved_card_is_approved()
    {
        repository.WriteCard(RegisterTestRepository.Card());
        repository.ApproveCard();
        Assert.Equal(ApprovalState.Approved, SystemCell().State);
        Assert.Equal(ApprovalState.Approved, Assert.Single(SystemCell().Artefacts).State);
    }

    [Fact]
    public void Card_edited_after_approval_is_stale()
    {
        repository.WriteCard(RegisterTestRepository.Card());
        repository.ApproveCard();
        repository.WriteCard(RegisterTestRepository.Card("Stock forecast, edited"));
        Assert.Equal(ApprovalState.Stale, SystemCell().State);
    }

    [Fact]
    public void Approval_past_its_validity_is_expired()
    {
        repository.WriteCard(RegisterTestRepository.Card());
        repository.ApproveCard();
        Assert.Equal(ApprovalState.Expired, SystemCell(new DateTime(2028, 1, 1)).State);
    }

    [Fact]
    public void Card_without_approval_is_missing()
    {
        repository.WriteCard(RegisterTestRepository.Card());
        Assert.Equal(ApprovalState.Missing, SystemCell().State);
    }

    [Fact]
    public void Rejected_card_is_invalid()
    {
        repository.WriteCard(RegisterTestRepository.Card());
        repository.ApproveCard("rejected");
        Assert.Equal(ApprovalState.Invalid, SystemCell().State);
    }

    [Fact]
    public void Expected_artefact_that_does_not_exist_is_missing_and_one_not_expected_has_no_state()
    {
        repository.WriteCard(RegisterTestRepository.Card());
        var row = repository.Rows().Single();
        Assert.Equal(ApprovalState.Missing, row.Cells.Single(c => c.Column == RegisterColumns.Oversight).State);
        Assert.Null(row.Cells.Single(c => c.Column == RegisterColumns.Fria).State); // not an Annex III system
        Assert.Null(row.Cells.Single(c => c.Column == RegisterColumns.Name).State);
    }
}
