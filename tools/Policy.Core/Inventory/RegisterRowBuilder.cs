using System.Globalization;
using Policy.Core.Findings;
using Policy.Core.Model;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Configuration;
using Policy.Core.Rules.Notices;
using Policy.Core.Rules.SystemCards;

namespace Policy.Core.Inventory;

/// <summary>
/// Derives register rows (the CNIL/HAS mapping of AI systems) from the repository. A system that is live (stage
/// deployment to maintenance) takes its oversight, DPIA, notice, destinations and approval columns
/// from approved artefacts only, so the register cannot drift from what the committee approved; before
/// deployment those columns show the state reached, and only the oversight declaration is expected.
/// </summary>
public sealed class RegisterRowBuilder(PolicyRepository repository, ApprovalStatusIndex approvals, DateTime today)
{
    /// <summary>Rule ids of other families that report the same root cause as some gaps (kept as ids: those rules live elsewhere).</summary>
    public const string DpiaForHealthData = "XR-DPIA-01";
    public const string DpiaAndOversightForHighRisk = "XR-DPIA-02";
    public const string ApprovalProblems = "XR-APP-01..06";

    /// <summary>Fields the SystemCard schema requires: a schema finding already says they are missing.</summary>
    public const string SchemaRequired = "schema";

    private static readonly (string Column, string Pointer, string What)[] CardFields =
    [
        (RegisterColumns.Name, "/title", "title"),
        (RegisterColumns.Vendor, "/vendor/name", "vendor.name"),
        (RegisterColumns.Version, "/productVersion", "productVersion"),
        (RegisterColumns.Summary, "/summary", "summary"),
        (RegisterColumns.Stage, "/lifecycleStage", "lifecycleStage"),
        (RegisterColumns.Criticality, "/criticalityForCare", "criticalityForCare"),
        (RegisterColumns.Owner, "/owner/name", "owner.name"),
        (RegisterColumns.ReviewDue, "/reviewDue", "reviewDue"),
    ];

    public IEnumerable<RegisterRow> BuildAll() => repository.OfKind(ArtefactKinds.SystemCard).Select(Build);

    public RegisterRow Build(Artefact card)
    {
        var row = new RowDraft(card, approvals);
        row.Cell(RegisterColumns.Id, card.Id, [card]);
        row.Cell(RegisterColumns.Purpose, Plain(card.Root.String("intendedPurpose")));
        foreach (var (column, pointer, what) in CardFields)
        {
            var value = card.Root.String(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries));
            row.Cell(column, value ?? string.Empty);
            if (string.IsNullOrWhiteSpace(value))
            {
                row.Gap(column, $"the SystemCard has no {what}", $"Fill in {what} on the SystemCard.", card.At(pointer), SchemaRequired);
            }
        }

        var stage = LifecycleStages.StageOf(card);
        var live = LifecycleStages.IsDeployedOrLater(stage);
        var flows = repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.DataFlow && a.Root.Bool("active") != false).ToList();
        var categories = card.Root.Strings("dataCategoriesProcessed").Select(s => s.Value)
            .Concat(flows.SelectMany(f => f.Root.Strings("dataCategories").Select(s => s.Value))).Distinct().Order(StringComparer.Ordinal).ToList();
        var personal = categories.Any(c => !repository.Taxonomy.CategoryCovers("anonymous", c));

        Dates(row, card, stage);
        AiActAndDevice(row, card);
        DataColumns(row, card, flows, categories);
        Destinations(row, card, flows, live && personal);
        Oversight(row, card, stage, live);
        Monitoring(row, card, live);
        Incidents(row, card);
        Dpia(row, card, categories, live && personal);
        Notice(row, card, stage);
        row.Cell(RegisterColumns.Footprint, FootprintText.Of(card));
        ApprovalExpiry(row, card, live);
        return row.ToRow();
    }

    private static void Dates(RowDraft row, Artefact card, string? stage)
    {
        var begin = card.Root.String("beginDate");
        var end = card.Root.String("endDate");
        row.Cell(RegisterColumns.Dates, begin is null && end is null ? string.Empty : $"{begin ?? "?"}{(end is null ? string.Empty : " – " + end)}");
        var started = LifecycleStages.IsInService(stage) || stage == LifecycleStages.Decommissioned;
        if (started && begin is null)
        {
            row.Gap(RegisterColumns.Dates, $"'{card.Id}' is at stage {stage} but does not say since when it is used", "Record beginDate (the first day of use in care) on the SystemCard.", card.At("/beginDate"));
        }

        if (stage == LifecycleStages.Decommissioned && end is null)
        {
            row.Gap(RegisterColumns.Dates, $"'{card.Id}' is decommissioned without an end date", "Record endDate on the SystemCard.", card.At("/endDate"), SchemaRequired);
        }
    }

    private void AiActAndDevice(RowDraft row, Artefact card)
    {
        var riskClass = card.Root.String("aiAct", "riskClass");
        var basis = card.Root.String("aiAct", "basis");
        var point = card.Root.String("aiAct", "annexIIIPoint");
        row.Cell(RegisterColumns.AiAct, riskClass is null ? string.Empty : riskClass + (basis is null or "none" ? string.Empty : $" ({basis}{(point is null ? string.Empty : " " + point)})"));
        if (riskClass is null)
        {
            row.Gap(RegisterColumns.AiAct, "the SystemCard has no AI Act risk class", "Classify the system (aiAct.riskClass and basis).", card.At("/aiAct/riskClass"), SchemaRequired);
        }
        else if (riskClass == "high-risk" && basis is null)
        {
            row.Gap(RegisterColumns.AiAct, "the high-risk class has no basis", "Record aiAct.basis (annex-i-mdr, annex-i-ivdr or annex-iii).", card.At("/aiAct/basis"), SchemaRequired);
        }

        // The register shows the EU database registration (AI Act Art. 49, 71); where a public deployer owes it, XR-SC-10 reports its absence.
        var registration = card.Root.String("aiAct", "euDatabaseRef");
        row.Cell(RegisterColumns.EuDatabase, registration ?? string.Empty);
        if (string.IsNullOrWhiteSpace(registration) && EuDatabaseRegistrationRule.Required(repository, card, RulesConfiguration.Defaults, today) is not null)
        {
            row.Gap(RegisterColumns.EuDatabase, $"'{card.Id}' is an Annex III high-risk system deployed by a public authority, but no EU database registration is recorded", "Register the use in the EU database and record its reference in aiAct.euDatabaseRef.", card.At("/aiAct/euDatabaseRef"), EuDatabaseRegistrationRule.Descriptor.Id);
        }

        var device = card.Root.Bool("medicalDevice", "isDevice");
        var regulation = card.Root.String("medicalDevice", "regulation");
        var deviceClass = card.Root.String("medicalDevice", "class");
        var ce = card.Root.String("medicalDevice", "ceMarking", "status");
        row.Cell(RegisterColumns.MedicalDevice, device switch
        {
            false => "no",
            true => $"{regulation} {deviceClass}, CE {ce}",
            null => string.Empty,
        });
        if (device is null)
        {
            row.Gap(RegisterColumns.MedicalDevice, "the SystemCard does not say whether the system is a medical device", "Record medicalDevice.isDevice.", card.At("/medicalDevice/isDevice"), SchemaRequired);
        }
        else if (device == true && (regulation is null || deviceClass is null || ce is null))
        {
            row.Gap(RegisterColumns.MedicalDevice, "the device's regulation, class or CE status is missing", "Record medicalDevice.regulation, class and ceMarking.status.", card.At("/medicalDevice"), SchemaRequired);
        }
    }

    private static void DataColumns(RowDraft row, Artefact card, IReadOnlyList<Artefact> flows, IReadOnlyList<string> categories)
    {
        row.Cell(RegisterColumns.DataCategories, string.Join(", ", categories));
        if (categories.Count == 0)
        {
            row.Gap(RegisterColumns.DataCategories, "no data category is declared", "List dataCategoriesProcessed on the SystemCard.", card.At("/dataCategoriesProcessed"), SchemaRequired);
        }

        var subjects = card.Root.Strings("dataSubjects").Select(s => s.Value)
            .Concat(flows.SelectMany(f => f.Root.Strings("dataSubjects").Select(s => s.Value))).Distinct().Order(StringComparer.Ordinal).ToList();
        row.Cell(RegisterColumns.DataSubjects, string.Join(", ", subjects));
        if (subjects.Count == 0)
        {
            row.Gap(RegisterColumns.DataSubjects, "no data subject is declared", "List dataSubjects on the SystemCard.", card.At("/dataSubjects"), SchemaRequired);
        }
    }

    private void Destinations(RowDraft row, Artefact card, IReadOnlyList<Artefact> flows, bool required)
    {
        row.Cell(RegisterColumns.Destinations, string.Join("; ", flows.Select(Describe)), flows, required);
        if (!required)
        {
            return;
        }

        if (flows.Count == 0)
        {
            row.Gap(RegisterColumns.Destinations, $"'{card.Id}' processes personal data but no active DataFlow says where it goes", $"Create a DataFlow for each destination of '{card.Id}''s data (an on-premise server is a destination too), and have it approved.", card.At("/dataCategoriesProcessed"));
        }

        foreach (var flow in flows)
        {
            RequireApproved(row, RegisterColumns.Destinations, card, flow, coveredBy: null);
        }

        static string Describe(Artefact flow)
        {
            var storage = flow.Root.Strings("destination", "storageCountries").Select(c => c.Value).ToList();
            var stored = storage.Count == 0 ? string.Empty : $", stored in {string.Join("/", storage)}";
            return $"{flow.Root.String("destination", "name") ?? flow.Id} ({flow.Root.String("destination", "country") ?? "?"}{stored}, {flow.Root.String("destination", "hostingCertification", "type") ?? "no certification"})";
        }
    }

    private void Oversight(RowDraft row, Artefact card, string? stage, bool live)
    {
        var declarations = repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.HumanOversight).ToList();
        var approvedDeclaration = declarations.FirstOrDefault(approvals.IsApproved);
        row.Cell(RegisterColumns.Oversight, string.Join("; ", declarations.Select(Describe)), approvedDeclaration is null ? declarations : [approvedDeclaration], stage is not (null or LifecycleStages.Decommissioned));
        if (stage is null or LifecycleStages.Decommissioned)
        {
            return; // a card without a stage is a schema error; a decommissioned one keeps its history
        }

        var highRiskLive = live && card.Root.String("aiAct", "riskClass") == "high-risk";
        var coveredBy = highRiskLive ? DpiaAndOversightForHighRisk : null;
        if (declarations.Count == 0)
        {
            row.Gap(RegisterColumns.Oversight, $"no HumanOversight declares how '{card.Id}' is overseen", $"Create a HumanOversight for '{card.Id}' (decisions, oversight mode, reviewers) and have it approved.", card.At(string.Empty), coveredBy);
        }
        else if (live && !declarations.Any(approvals.IsApproved))
        {
            RequireApproved(row, RegisterColumns.Oversight, card, declarations[0], coveredBy);
        }

        static string Describe(Artefact oversight)
        {
            // The CNIL/HAS mapping asks how each decision is overseen, so the mode is given per decision.
            var modes = oversight.Root.Items("decisions").Select(d => $"{d.String("id") ?? "?"}: {d.String("mode") ?? "?"}").ToList();
            var review = oversight.Root.Bool("recordEntryReview", "required") == true ? ", review before record entry" : string.Empty;
            var validation = oversight.Root.Bool("reportValidation", "required") == true ? ", report validated by a participant" : string.Empty;
            return $"{string.Join(", ", modes)}{review}{validation}";
        }
    }

    private static void Monitoring(RowDraft row, Artefact card, bool live)
    {
        var indicators = card.Root.Items("monitoring", "indicators").ToList();
        row.Cell(RegisterColumns.Monitoring, string.Join("; ", indicators.Select(i => $"{i.String("name") ?? i.String("id")} ({i.String("threshold")}, every {i.String("frequency")})")));
        if (live && indicators.Count == 0 && LifecycleStages.StageOf(card) != LifecycleStages.Decommissioned)
        {
            var coveredBy = card.Root.String("aiAct", "riskClass") == "high-risk" ? HighRiskDeploymentRule.Descriptor.Id : null;
            row.Gap(RegisterColumns.Monitoring, $"'{card.Id}' is deployed without monitoring indicators", "Add monitoring.indicators (metric, threshold, frequency, owner, action on breach) to the SystemCard.", card.At("/monitoring/indicators"), coveredBy);
        }
    }

    private void Incidents(RowDraft row, Artefact card)
    {
        var incidents = repository.ForSystem(card.Id).Where(a => a.Kind == ArtefactKinds.Incident).ToList();
        var open = incidents.Count(i => i.Root.String("status") != "closed");
        var serious = incidents.Count(i => i.Root.String("severity") == "serious");
        var recent = incidents.Count(i => i.Root.Date("detectedAt") is { } detected && detected > today.AddYears(-1));
        row.Cell(RegisterColumns.Incidents, string.Create(CultureInfo.InvariantCulture, $"{open} open, {serious} serious, {recent} in the last 12 months"));
    }

    private void Dpia(RowDraft row, Artefact card, IReadOnlyList<string> categories, bool required)
    {
        var covering = repository.Index.DpiasCovering(card.Id);
        var approved = covering.FirstOrDefault(approvals.IsApproved);
        row.Cell(RegisterColumns.Dpia, approved is not null ? $"{approved.Id} (approved{Until(approved)})"
            : covering.Count > 0 ? $"{covering[0].Id} (not approved)" : "none", approved is null ? covering : [approved], required);
        var fria = covering.FirstOrDefault(d => d.Root.Path("fundamentalRights") is not null);
        var annexIii = card.Root.String("aiAct", "basis") == "annex-iii";
        row.Cell(RegisterColumns.Fria, fria is not null ? $"in {fria.Id}" : annexIii ? "none" : "not applicable", fria is null ? [] : [fria], annexIii);
        if (!required || approved is not null)
        {
            return; // the FRIA column is reported by XR-FRIA-01, never here
        }

        var health = categories.Any(c => repository.Taxonomy.CategoryCovers("health.record", c) || c.StartsWith("health.", StringComparison.Ordinal));
        var coveredBy = health ? DpiaForHealthData : card.Root.String("aiAct", "riskClass") == "high-risk" ? DpiaAndOversightForHighRisk : null;
        if (covering.Count == 0)
        {
            row.Gap(RegisterColumns.Dpia, $"no approved Dpia covers '{card.Id}', which is deployed and processes personal data", $"Create a Dpia whose scope.systems includes '{card.Id}', and have it approved.", card.At(string.Empty), coveredBy);
        }
        else
        {
            RequireApproved(row, RegisterColumns.Dpia, card, covering[0], coveredBy);
        }
    }

    private void Notice(RowDraft row, Artefact card, string? stage)
    {
        var notices = NoticeCoverage.NoticesListing(repository, card.Id).Select(n => n.Notice).Distinct().ToList();
        var given = notices.FirstOrDefault(n => approvals.IsApproved(n) && NoticeCoverage.IsCurrent(n, today));
        var patients = NoticeCoverage.ProcessesPatientData(card);
        var languages = (given ?? notices.FirstOrDefault()) is { } shown && shown.Root.Property("content") is { ValueKind: System.Text.Json.JsonValueKind.Object } content
            ? " in " + string.Join(", ", content.EnumerateObject().Select(l => l.Name))
            : string.Empty;
        row.Cell(RegisterColumns.Notice, given is not null ? $"{given.Id}{languages} (approved, from {given.Root.String("effectiveFrom")})"
            : notices.Count > 0 ? $"{notices[0].Id}{languages} (not approved or not current)" : patients ? "none" : "not required (no patient data)",
            given is null ? notices : [given], patients && LifecycleStages.IsDeployedOrLater(stage));
        // In service, XR-PN-01 requires the approved notice; the register only asks that it is prepared during deployment.
        if (stage == LifecycleStages.Deployment && patients && notices.Count == 0)
        {
            row.Gap(RegisterColumns.Notice, $"no PatientNotice is being prepared for '{card.Id}', which is being deployed and processes patient data", $"Create a PatientNotice whose systems include '{card.Id}' and have it approved before use.", card.At("/lifecycleStage"));
        }
    }

    private void ApprovalExpiry(RowDraft row, Artefact card, bool live)
    {
        var status = approvals.StatusOf(card);
        var until = status is { IsApproved: true, Approval.ValidUntil: { } end } ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        row.Cell(RegisterColumns.ApprovalExpiry, until);
        row.Cell(RegisterColumns.LastReview, status?.Approval?.LatestDecision is { } decided ? decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
        if (live && LifecycleStages.StageOf(card) != LifecycleStages.Decommissioned && status?.IsApproved != true)
        {
            RequireApproved(row, RegisterColumns.ApprovalExpiry, card, card, coveredBy: null);
        }
    }

    /// <summary>A gap on an artefact that exists but is not approved; approval problems XR-APP-* already explain are not repeated.</summary>
    private void RequireApproved(RowDraft row, string column, Artefact card, Artefact artefact, string? coveredBy)
    {
        if (approvals.IsApproved(artefact))
        {
            return;
        }

        var explained = approvals.ExplainsWhyNotApproved(artefact);
        row.Gap(
            column,
            artefact == card
                ? $"the SystemCard of '{card.Id}' is not approved, so the register has no approved description of a system at stage {LifecycleStages.StageOf(card)}"
                : $"{artefact.Kind} '{artefact.Id}' is not approved, so the register cannot show it as in force for '{card.Id}'",
            $"Have the committee approve it: record an Approval of its current content (`policy hash {artefact.File}`).",
            artefact.At(string.Empty),
            coveredBy ?? (explained ? ApprovalProblems : null),
            artefact == card ? [] : [new RelatedLocation(card.At("/lifecycleStage"), $"'{card.Id}' is at stage {LifecycleStages.StageOf(card)}")]);
    }

    private string Until(Artefact artefact) =>
        approvals.StatusOf(artefact)?.Approval?.ValidUntil is { } end ? ", until " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Markdown prose as one line of text for a register cell (the formats escape it; nothing is rendered).</summary>
    private static string Plain(string? markdown) =>
        markdown is null ? string.Empty : string.Join(' ', markdown.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private sealed class RowDraft(Artefact card, ApprovalStatusIndex approvals)
    {
        private readonly List<RegisterCell> cells = [];
        private readonly List<RegisterGap> gaps = [];

        public void Cell(string column, string value) => cells.Add(new RegisterCell(column, value));

        /// <param name="behind">The artefacts the column is derived from; their worst approval state is the column's.</param>
        /// <param name="expected">Whether an artefact is expected here, so that none is shown as missing rather than not applicable.</param>
        public void Cell(string column, string value, IReadOnlyList<Artefact> behind, bool expected = true)
        {
            var listed = behind.Select(a => new ArtefactApproval(a.Kind, a.Id, a.File, ApprovalStates.Of(approvals.StatusOf(a)))).ToList();
            ApprovalState? state = listed.Count > 0 ? listed.Max(a => a.State) : expected ? ApprovalState.Missing : null;
            cells.Add(new RegisterCell(column, value) { Artefacts = listed, State = state });
        }

        public void Gap(string column, string problem, string action, SourceLocation at, string? coveredBy = null, IReadOnlyList<RelatedLocation>? related = null) =>
            gaps.Add(new RegisterGap(column, problem, action, at, coveredBy, related ?? []));

        public RegisterRow ToRow() =>
            new(card.Id, card, RegisterColumns.All.Select(c => cells.FirstOrDefault(x => x.Column == c) ?? new RegisterCell(c, string.Empty)).ToList(), gaps);
    }
}
