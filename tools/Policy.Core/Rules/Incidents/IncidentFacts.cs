using Policy.Core.Model;

namespace Policy.Core.Rules.Incidents;

/// <summary>How a notification stands against its deadline.</summary>
public enum ReportTiming
{
    /// <summary>Sent by the deadline.</summary>
    OnTime,

    /// <summary>Sent, after the deadline.</summary>
    Late,

    /// <summary>Not sent, and the deadline was before today.</summary>
    Overdue,

    /// <summary>Not sent, and the deadline is today or later.</summary>
    Pending,
}

/// <summary>One entry of an Incident's <c>reports</c>.</summary>
public sealed record IncidentReport(int Index, string? To, DateTimeOffset? SentAt, DateTimeOffset? DueBy)
{
    public string Pointer => $"/reports/{Index}";
}

/// <summary>What the incident rules read from an Incident, and how deadlines are judged.</summary>
public static class IncidentFacts
{
    /// <summary>Reports that go to an authority under AI Act Art. 73 or MDR/IVDR vigilance.</summary>
    public static readonly IReadOnlySet<string> AuthorityRecipients = new HashSet<string>(StringComparer.Ordinal) { "msa", "ansm-mdr-vigilance" };

    public static bool IsSerious(Artefact incident) => incident.Root.String("severity") == "serious";

    public static bool IsClosed(Artefact incident) => incident.Root.String("status") == "closed";

    public static Artefact? SystemCardOf(PolicyRepository repository, Artefact incident) =>
        incident.System is { } system ? repository.Find(system, ArtefactKinds.SystemCard) : null;

    public static IReadOnlyList<IncidentReport> Reports(Artefact incident) =>
        incident.Root.Items("reports")
            .Select((report, index) => new IncidentReport(index, report.String("to"), report.Moment("sentAt"), report.Moment("dueBy")))
            .ToList();

    /// <summary>
    /// Overdue means the deadline was before the start of <paramref name="today"/> (UTC): the run knows the
    /// day, not the hour, so a deadline falling today is not yet called overdue.
    /// </summary>
    public static ReportTiming Judge(DateTimeOffset deadline, DateTimeOffset? sentAt, DateTime today)
    {
        if (sentAt is { } sent)
        {
            return sent <= deadline ? ReportTiming.OnTime : ReportTiming.Late;
        }

        return deadline < new DateTimeOffset(today.Date, TimeSpan.Zero) ? ReportTiming.Overdue : ReportTiming.Pending;
    }

    /// <summary>
    /// The authority a serious incident goes to: for an MDR/IVDR device only fundamental-rights
    /// infringements go to the AI Act market surveillance authority, the rest to device vigilance (AI Act Art. 73(10)).
    /// </summary>
    public static string ExpectedAuthority(Artefact? systemCard, string? seriousCategory) =>
        systemCard?.Root.Bool("medicalDevice", "isDevice") == true && seriousCategory != "fundamental-rights"
            ? "ansm-mdr-vigilance"
            : "msa";

    /// <summary>The incidentReporting window for a serious incident's category (AI Act Art. 73(2)-(4)).</summary>
    public static string WindowKey(string? seriousCategory) => seriousCategory switch
    {
        "death" => "death",
        "critical-infrastructure" => "widespreadOrCriticalInfrastructure",
        _ => "otherSerious",
    };
}
