using Policy.Analyzers.Tests.Infrastructure;
using Policy.Hashing;
using VerifyHP003 = Policy.Analyzers.Tests.Infrastructure.Verify<Policy.Analyzers.Rules.UnapprovedAttestationAnalyzer>;

namespace Policy.Analyzers.Tests.Rules;

public class HP003UnapprovedAttestationTests
{
    private const string Code = """
        using Policy.Annotations;
        class Uploader
        {
            [{|HP003:DataFlow("df-ecg-cloud")|}]
            void Upload() { }
        }
        """;

    private const string QuietCode = """
        using Policy.Annotations;
        class Uploader
        {
            [DataFlow("df-ecg-cloud")]
            void Upload() { }
        }
        """;

    [Theory]
    [InlineData(ApprovalState.None)]
    [InlineData(ApprovalState.Stale)]
    [InlineData(ApprovalState.Expired)]
    [InlineData(ApprovalState.WrongRoles)]
    public async Task Data_flow_that_is_not_approved_fires_on_the_attribute(ApprovalState state)
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: state);
        await VerifyHP003.RunAsync(Code, repo);
    }

    [Fact]
    public async Task Approved_data_flow_is_quiet()
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    [Fact]
    public async Task Reformatting_an_approved_file_keeps_it_approved()
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        var index = repo.Files.FindIndex(f => f.Path.EndsWith("df-ecg-cloud.json", StringComparison.Ordinal));
        var reformatted = repo.Files[index].Text.Replace("\n  ", "\n        ");
        Assert.NotEqual(repo.Files[index].Text, reformatted);
        Assert.Equal(ContentHash.Compute(repo.Files[index].Text), ContentHash.Compute(reformatted));
        repo.Files[index] = (repo.Files[index].Path, reformatted);
        await VerifyHP003.RunAsync(QuietCode, repo);
    }

    [Fact]
    public async Task Changing_the_meaning_of_an_approved_file_voids_the_approval()
    {
        var repo = new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" });
        var index = repo.Files.FindIndex(f => f.Path.EndsWith("df-ecg-cloud.json", StringComparison.Ordinal));
        repo.Files[index] = (repo.Files[index].Path, repo.Files[index].Text.Replace("health.observation", "health.record"));
        await VerifyHP003.RunAsync(Code, repo);
    }

    [Fact]
    public async Task Unapproved_system_card_and_oversight_fire_too()
    {
        const string code = """
            using Policy.Annotations;
            [assembly: {|HP003:AiSystem("ecg-assist")|}]
            [{|HP003:HumanOversight("ho-review")|}]
            class Triage { }
            """;
        var repo = new PolicyRepo()
            .SystemCard("ecg-assist", approval: ApprovalState.WrongRoles)
            .HumanOversight("ho-review", new[] { ("triage", true, "in-the-loop") }, approval: ApprovalState.Expired);
        await VerifyHP003.RunAsync(code, repo);
    }

    [Fact]
    public async Task Unknown_ids_are_left_to_HP002()
    {
        const string code = """
            using Policy.Annotations;
            class Uploader
            {
                [DataFlow("df-missing")]
                void Upload() { }
            }
            """;
        await VerifyHP003.RunAsync(code, new PolicyRepo().DataFlow("df-ecg-cloud", new[] { "health.observation" }, approval: ApprovalState.None));
    }
}
