using System.Text.Json.Nodes;
using Policy.Core.Inventory;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Inventory;

/// <summary>A throw-away repository with one system card, approved or not, and the register rows built from it.</summary>
internal sealed class RegisterTestRepository : IDisposable
{
    public const string CardPath = "sys/system-card.json";

    public TestRepository Repository { get; } = new();

    public static JsonObject Card(string title = "Stock forecast") => Artefacts.SystemCard("stock-forecast", "anonymous")
        .With("title", title)
        .With("lifecycleStage", "use")
        .With("vendor", new JsonObject { ["name"] = "In-house" })
        .With("criticalityForCare", "moderate");

    public void WriteCard(JsonObject card) => Repository.Artefact(CardPath, card);

    public void ApproveCard(string decision = "approved")
    {
        var approval = Artefacts.Approval("apr-stock-forecast", "SystemCard", "stock-forecast", Repository.HashOf("policies/" + CardPath),
            ("Dr Paul Henry", "medical-lead"), ("Marc Dupont", "dpo"), ("Lea Roux", "cio"), ("Ana Diaz", "ai-lead"));
        approval["decision"] = decision;
        if (decision == "rejected")
        {
            approval["rejectionReason"] = "Not validated locally.";
        }

        Repository.Artefact("approvals/stock-forecast.approval.json", approval);
    }

    public IReadOnlyList<RegisterRow> Rows(DateTime? today = null)
    {
        var loaded = Repository.Load();
        var date = today ?? TestRepository.Today;
        return new RegisterRowBuilder(loaded, new ApprovalStatusIndex(loaded, date), date).BuildAll().ToList();
    }

    public void Dispose() => Repository.Dispose();
}
