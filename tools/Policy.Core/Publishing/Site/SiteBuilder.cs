using Policy.Core.Html;
using Policy.Core.Inventory;
using Policy.Core.Model;
using Policy.Core.Publishing.Notices;
using Policy.Core.Rules.Approvals;
using Policy.Core.Rules.Notices;

namespace Policy.Core.Publishing.Site;

/// <summary>One file of the site: its path relative to the site's folder, and its content.</summary>
public sealed record SiteFile(string Path, string Content);

/// <summary>
/// `policy site`: the register, a page per system, the patient notices and the Governance, as static pages that work
/// from a folder with no server and load nothing from anywhere (<see cref="HtmlPage"/>'s Content-Security-Policy).
/// Builds the files; writing them is the command's job.
/// </summary>
public sealed class SiteBuilder(PolicyRepository repository, ApprovalStatusIndex approvals, DateTime today)
{
    public IReadOnlyList<SiteFile> Build()
    {
        var rows = new RegisterRowBuilder(repository, approvals, today).BuildAll().ToList();
        var notices = new NoticeDocumentBuilder(repository, approvals, today);
        var documents = repository.OfKind(ArtefactKinds.PatientNotice)
            .SelectMany(n => NoticeDocumentBuilder.LanguagesOf(n).Select(lang => (Notice: n, Lang: lang)))
            .Select(x => (x.Notice, x.Lang, Document: NoticeCoverage.ListedSystems(repository, x.Notice).FirstOrDefault() is { } card ? notices.Build(x.Notice, card, x.Lang) : null))
            .Where(x => x.Document is not null)
            .ToList();
        var listed = documents.Select(d => (d.Notice.Id, d.Lang, Title: d.Document!.Title)).ToList();

        var files = new List<SiteFile>
        {
            new("index.html", RegisterPage.Render(repository.Governance?.Root.String("organisation", "name") ?? "The organisation", rows, listed)),
            new("governance.html", GovernancePage.Render(repository.Governance, approvals)),
        };
        var systemPage = new SystemPage(repository, approvals, today);
        foreach (var row in rows)
        {
            var own = documents.Where(d => NoticeCoverage.ListedSystems(repository, d.Notice).Any(c => c.Id == row.SystemId)).Select(d => (d.Notice.Id, d.Lang, Title: d.Document!.Title)).ToList();
            files.Add(new SiteFile(SiteHtml.SystemPage(row.SystemId), systemPage.Render(row, own)));
        }

        foreach (var (notice, lang, document) in documents)
        {
            files.Add(new SiteFile(SiteHtml.NoticePage(notice.Id, lang), HtmlPage.Render(lang, document!.Title, SiteHtml.Nav("../") + NoticeHtmlRenderer.Body(document))));
        }

        return files;
    }
}
