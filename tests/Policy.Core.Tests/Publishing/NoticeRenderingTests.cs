using System.Text.Json.Nodes;
using Markdig;
using Policy.Core.Model;
using Policy.Core.Publishing.Notices;
using Policy.Core.Rules.Approvals;
using Policy.Core.Tests.Fixtures;

namespace Policy.Core.Tests.Publishing;

/// <summary>The patient notice: accessible HTML in the notice's language, completed with facts, and no field ever runs as HTML.</summary>
public sealed class NoticeRenderingTests : IDisposable
{
    private const string Script = "<script>alert('pwned')</script>";
    private readonly TestRepository repository = new();

    public NoticeRenderingTests()
    {
        repository.Artefact("sys/system-card.json", Artefacts.SystemCard("ecg", "health.observation", "identity.direct")
            .With("vendor", new JsonObject { ["name"] = "CardioAI SAS" }));
        repository.Artefact("sys/flow.json", Artefacts.Envelope("DataFlow", "df-ecg", system: "ecg")
            .With("purpose", "care.diagnosis")
            .With("destination", JsonNode.Parse("""{ "name": "CardioAI API", "operator": "CardioAI SAS", "country": "FR", "storageCountries": ["FR"], "hostingCertification": { "type": "HDS" } }""")));
        repository.Artefact("sys/patient-notice.json", Artefacts.Envelope("PatientNotice", "pn-ecg", system: "ecg")
            .With("systems", new JsonArray("ecg"))
            .With("controller", new JsonObject { ["name"] = "CHU", ["contact"] = "direction@chu.example" })
            .With("dpoContact", new JsonObject { ["name"] = "DPO", ["contact"] = "dpo@chu.example" })
            .With("contact", "dpo@chu.example")
            .With("content", new JsonObject
            {
                ["fr"] = Sections($"Un logiciel aide votre cardiologue. {Script} [voir](javascript:alert(1))"),
                ["en"] = Sections("Software helps your cardiologist."),
            }));
    }

    private static JsonObject Sections(string aiUse) => new()
    {
        ["aiUse"] = aiUse, ["purposesAndBases"] = "Soins.", ["recipients"] = "Votre médecin.", ["retention"] = "20 ans.",
        ["rights"] = "Accès, rectification.", ["complaint"] = "CNIL.",
        ["secondaryUse"] = new JsonObject { ["description"] = "Recherche.", ["objectOrOptOut"] = "Vous pouvez vous opposer.", ["howTo"] = "Écrivez au DPO." },
    };

    public void Dispose() => repository.Dispose();

    private NoticeDocument Build(string lang)
    {
        var loaded = repository.Load();
        var builder = new NoticeDocumentBuilder(loaded, new ApprovalStatusIndex(loaded, TestRepository.Today), TestRepository.Today);
        return builder.Build(builder.NoticeFor("ecg")!, loaded.Find("ecg", ArtefactKinds.SystemCard)!, lang)!;
    }

    [Fact]
    public void Html_is_in_the_notice_language_with_real_headings()
    {
        var html = NoticeHtmlRenderer.Render(Build("fr"));
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<h1>").Skip(1));
        Assert.Contains("<h2>L'intelligence artificielle dans vos soins</h2>", html.Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<h2>Vos droits</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", NoticeHtmlRenderer.Render(Build("en")), StringComparison.Ordinal);
        Assert.Contains("<h2>Your rights</h2>", NoticeHtmlRenderer.Render(Build("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_typed_in_a_field_shows_as_text()
    {
        var html = NoticeHtmlRenderer.Render(Build("fr"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_keeps_a_typed_tag_as_text_once_rendered()
    {
        var markdown = NoticeMarkdownRenderer.Render(Build("fr"));
        Assert.StartsWith("# pn-ecg", markdown, StringComparison.Ordinal);
        Assert.Contains("## Vos droits", markdown, StringComparison.Ordinal);
        var rendered = Markdown.ToHtml(markdown); // a reader's renderer, raw HTML allowed
        Assert.DoesNotContain("<script", rendered, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Completes_the_notice_with_the_card_flows_and_contacts()
    {
        var notice = Build("en");
        Assert.Contains("AI system: ecg (supplied by CardioAI SAS)", notice.Sections.Single(s => s.Id == "responsible").Facts);
        Assert.Equal(["measurements and tests (ECG, vital signs)", "identity (name, date of birth, record number)"], notice.Sections.Single(s => s.Id == "data").Facts);
        Assert.Contains("CardioAI API (CardioAI SAS), hosted in FR, certification HDS", notice.Sections.Single(s => s.Id == "recipients").Facts);
        Assert.Contains("**Your right to object.** Vous pouvez vous opposer.", notice.Sections.Single(s => s.Id == "secondaryUse").Markdown);
        Assert.False(notice.Approved);
    }

    [Fact]
    public void A_language_the_notice_lacks_gives_no_document()
    {
        var loaded = repository.Load();
        var builder = new NoticeDocumentBuilder(loaded, new ApprovalStatusIndex(loaded, TestRepository.Today), TestRepository.Today);
        Assert.Null(builder.Build(builder.NoticeFor("ecg")!, loaded.Find("ecg", ArtefactKinds.SystemCard)!, "de"));
    }
}
