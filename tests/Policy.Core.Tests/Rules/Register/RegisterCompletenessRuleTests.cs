using System.Text.Json.Nodes;
using Policy.Core.Findings;
using Policy.Core.Inventory;
using Policy.Core.Loading;
using Policy.Core.Model;
using Policy.Core.Rules;
using Policy.Core.Tests.Fixtures;
using Policy.Core.Validation;

namespace Policy.Core.Tests.Rules.Register;

/// <summary>XR-REG-01: each register gap is reported once, where the fix belongs; gaps other rules own are left to them.</summary>
public sealed class RegisterCompletenessRuleTests : IDisposable
{
    private const string CardPath = "sys/system-card.json";
    private const string CardFile = "policies/" + CardPath;
    private const string OversightPath = "sys/human-oversight.json";
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    /// <summary>A minimal-risk system in use on anonymous data with indicators: complete once card and oversight are approved.</summary>
    private static JsonObject Card(params string[] categories) => Artefacts.SystemCard("stock-forecast", categories.Length == 0 ? ["anonymous"] : categories)
        .With("lifecycleStage", "use")
        .With("beginDate", "2026-01-05")
        .With("vendor", new JsonObject { ["name"] = "In-house" })
        .With("productVersion", "2.1")
        .With("summary", "Forecasts pharmacy stock.")
        .With("criticalityForCare", "moderate")
        .With("medicalDevice", new JsonObject { ["isDevice"] = false })
        .With("dataSubjects", new JsonArray("professional"))
        .With("localValidation", new JsonObject { ["status"] = "done" })
        .With("trainingPlan", new JsonObject { ["audience"] = new JsonArray("pharmacist") })
        .With("monitoring", JsonNode.Parse("""{ "indicators": [ { "id": "wmape", "name": "WMAPE", "threshold": "> 0.2", "frequency": "P1M" } ] }"""));

    private static JsonObject Oversight() => Artefacts.Envelope("HumanOversight", "ho-stock", system: "stock-forecast")
        .With("decisions", JsonNode.Parse("""[ { "id": "order", "mode": "in-the-loop", "significantEffect": false } ]"""));

    private void Approve(string path, string kind, string id, params (string, string)[] approvers) =>
        repository.Artefact($"approvals/{id}.json", Artefacts.Approval("apr-" + id, kind, id, repository.HashOf("policies/" + path), approvers));

    private ValidationReport Validate(JsonObject card, bool withOversight = true)
    {
        repository.Artefact(CardPath, card);
        Approve(CardPath, "SystemCard", "stock-forecast", ("Dr Paul Henry", "medical-lead"), ("Marc Dupont", "dpo"), ("Lea Roux", "cio"), ("Ana Diaz", "ai-lead"));
        if (withOversight)
        {
            repository.Artefact(OversightPath, Oversight());
            Approve(OversightPath, "HumanOversight", "ho-stock", ("Dr Paul Henry", "medical-lead"), ("Ana Diaz", "ai-lead"));
        }

        return repository.Validate();
    }

    private static IReadOnlyList<Finding> Register(ValidationReport report) => report.Findings.Where(f => f.Rule == "XR-REG-01").ToList();

    [Fact]
    public void Complete_row_is_quiet()
    {
        Validate(Card()).Clean();
    }

    [Fact]
    public void Fires_on_a_system_at_any_stage_without_an_oversight_declaration()
    {
        var finding = Validate(Card().With("lifecycleStage", "acquisition").Without("beginDate"), withOversight: false).Single("XR-REG-01");
        Assert.Equal((CardFile, "", Severity.Error), (finding.File, finding.Pointer, finding.Severity));
        Assert.Contains("column 'human oversight'", finding.Message);
        Assert.Contains("Create a HumanOversight for 'stock-forecast'", finding.Message);
    }

    [Fact]
    public void Leaves_missing_oversight_of_a_deployed_high_risk_system_to_XR_DPIA_02()
    {
        var card = Card().With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-iii", ["annexIIIPoint"] = "5(d)" });
        Assert.DoesNotContain(Register(Validate(card, withOversight: false)), f => f.Message.Contains("'human oversight'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fires_on_an_unapproved_oversight_declaration_of_a_live_system()
    {
        repository.Artefact(CardPath, Card());
        Approve(CardPath, "SystemCard", "stock-forecast", ("Dr Paul Henry", "medical-lead"));
        repository.Artefact(OversightPath, Oversight());
        var finding = repository.Validate().Single("XR-REG-01");
        Assert.Equal(("policies/" + OversightPath, ""), (finding.File, finding.Pointer));
        Assert.Equal((CardFile, "/lifecycleStage"), (finding.Related[0].Location.File, finding.Related[0].Location.Pointer));
    }

    [Fact]
    public void Fires_on_a_live_system_without_monitoring_indicators_unless_XR_SC_04_owns_it()
    {
        var finding = Validate(Card().With("monitoring", new JsonObject())).Single("XR-REG-01");
        Assert.Equal("/monitoring/indicators", finding.Pointer);

        var highRisk = Card().With("monitoring", new JsonObject()).With("aiAct", new JsonObject { ["riskClass"] = "high-risk", ["basis"] = "annex-iii", ["annexIIIPoint"] = "5(d)" });
        var report = Validate(highRisk);
        Assert.DoesNotContain(Register(report), f => f.Pointer == "/monitoring/indicators");
        Assert.Contains(report.Findings, f => f.Rule == "XR-SC-04" && f.Pointer == "/monitoring/indicators");
    }

    [Fact]
    public void Fires_on_a_system_in_use_that_does_not_say_since_when()
    {
        Assert.Equal("/beginDate", Validate(Card().Without("beginDate")).Single("XR-REG-01").Pointer);
    }

    [Fact]
    public void Fires_without_a_dpia_for_personal_data_that_is_not_health_data()
    {
        var findings = Register(Validate(Card("identity.direct")));
        var dpia = Assert.Single(findings, f => f.Message.Contains("column 'DPIA'", StringComparison.Ordinal));
        Assert.Contains("Create a Dpia whose scope.systems includes 'stock-forecast'", dpia.Message);
        Assert.Single(findings, f => f.Message.Contains("column 'destinations'", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_a_missing_dpia_for_health_data_to_XR_DPIA_01()
    {
        Assert.DoesNotContain(Register(Validate(Card("health.observation"))), f => f.Message.Contains("column 'DPIA'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fires_on_an_unapproved_data_flow_of_a_live_system()
    {
        repository.Artefact("sys/flow.json", Artefacts.Envelope("DataFlow", "df-stock", system: "stock-forecast").With("dataCategories", new JsonArray("identity.direct")));
        var finding = Assert.Single(Register(Validate(Card())), f => f.Message.Contains("column 'destinations'", StringComparison.Ordinal));
        Assert.Equal(("policies/sys/flow.json", ""), (finding.File, finding.Pointer));

        repository.Artefact("sys/flow.json", Artefacts.Envelope("DataFlow", "df-stock", system: "stock-forecast").With("dataCategories", new JsonArray("anonymous")));
        repository.Validate().None("XR-REG-01"); // anonymous data: the destinations column does not need approved flows
    }

    [Fact]
    public void Fires_on_an_unapproved_system_card_but_leaves_a_stale_approval_to_XR_APP_01()
    {
        repository.Artefact(CardPath, Card());
        repository.Artefact(OversightPath, Oversight());
        Approve(OversightPath, "HumanOversight", "ho-stock", ("Dr Paul Henry", "medical-lead"), ("Ana Diaz", "ai-lead"));
        var finding = repository.Validate().Single("XR-REG-01");
        Assert.Equal((CardFile, ""), (finding.File, finding.Pointer));
        Assert.Contains("column 'approval expiry'", finding.Message);

        Approve(CardPath, "SystemCard", "stock-forecast", ("Dr Paul Henry", "medical-lead"));
        repository.Artefact(CardPath, Card().With("productVersion", "2.2"));
        var report = repository.Validate();
        report.Single("XR-APP-01");
        report.None("XR-REG-01");
    }

    [Fact]
    public void Asks_for_a_notice_during_deployment_and_leaves_it_to_XR_PN_01_in_use()
    {
        var deploying = Card().With("lifecycleStage", "deployment").Without("beginDate").With("dataSubjects", new JsonArray("patient"));
        var finding = Validate(deploying).Single("XR-REG-01");
        Assert.Equal("/lifecycleStage", finding.Pointer);
        Assert.Contains("column 'patient notice'", finding.Message);

        var report = Validate(Card().With("dataSubjects", new JsonArray("patient")));
        report.None("XR-REG-01");
        report.Single("XR-PN-01");
    }

    [Fact]
    public void Leaves_fields_the_schema_requires_to_the_schema()
    {
        Validate(Card().Without("criticalityForCare").Without("productVersion")).None("XR-REG-01");
    }

    [Fact]
    public void Builder_derives_the_columns_policy_inventory_shows()
    {
        repository.Artefact(CardPath, Card());
        repository.Artefact(OversightPath, Oversight().With("recordEntryReview", new JsonObject { ["required"] = true }));
        repository.Artefact("sys/flow.json", Artefacts.Envelope("DataFlow", "df-stock", system: "stock-forecast")
            .With("dataCategories", new JsonArray("identity.direct"))
            .With("destination", new JsonObject { ["name"] = "ERP", ["country"] = "FR" }));
        repository.Artefact("sys/incident.json", Artefacts.Envelope("Incident", "inc-1", system: "stock-forecast")
            .With("detectedAt", "2026-06-01T10:00:00Z").With("severity", "minor").With("status", "closed"));
        var loaded = repository.Load();
        var context = new RuleContext(loaded, RuleSettings.Defaults, TestRepository.Today);
        var row = new RegisterRowBuilder(loaded, context.Approvals, context.Today).Build(loaded.Find("stock-forecast", ArtefactKinds.SystemCard)!);
        Assert.Equal("anonymous, identity.direct", row[RegisterColumns.DataCategories]);
        Assert.Equal("ERP (FR, no certification)", row[RegisterColumns.Destinations]);
        Assert.Equal("order: in-the-loop, review before record entry", row[RegisterColumns.Oversight]);
        Assert.Equal("0 open, 0 serious, 1 in the last 12 months", row[RegisterColumns.Incidents]);
        Assert.Equal("none", row[RegisterColumns.Dpia]);
        Assert.Equal(RegisterColumns.All, row.Cells.Select(c => c.Column));
        Assert.Equal(["DPIA", "approval expiry", "destinations", "human oversight"], row.Gaps.Select(g => g.Column).Order(StringComparer.Ordinal)); // shown by policy inventory
        Assert.All(row.Gaps, g => Assert.Null(g.CoveredBy));
    }
}
