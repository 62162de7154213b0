using System.Text;
using Policy.Core.Loading;
using Policy.Core.Model;

namespace Policy.Core.Scaffolding;

/// <summary>
/// `policy init DIR`: a new policy repository: the schemas, a Governance skeleton, a workflow that validates every
/// pull request with the reusable action, a CODEOWNERS template, editor settings mapping each kind's files to its
/// schema, and a README for the committee. Builds the files; the command writes them.
/// </summary>
public static class RepositoryTemplate
{
    /// <summary>Where the reusable GitHub action lives in the tool's repository (.github/actions/policy).</summary>
    public const string DefaultAction = "OWNER/policy-as-code/.github/actions/policy@main";

    private static readonly (string Kind, string Glob)[] Layout =
    [
        (ArtefactKinds.Governance, "policies/governance.json"),
        (ArtefactKinds.SystemCard, "policies/systems/*/system-card.json"),
        (ArtefactKinds.Dpia, "policies/systems/*/dpia.json"),
        (ArtefactKinds.HumanOversight, "policies/systems/*/human-oversight.json"),
        (ArtefactKinds.PatientNotice, "policies/systems/*/patient-notice.json"),
        (ArtefactKinds.EthicsAssessment, "policies/systems/*/ethics-assessment.json"),
        (ArtefactKinds.DataFlow, "policies/systems/*/data-flows/*.json"),
        (ArtefactKinds.Incident, "policies/systems/*/incidents/*.json"),
        (ArtefactKinds.Approval, "policies/approvals/*.json"),
    ];

    /// <param name="schemas">The schema set, already copied into the new repository's schemas/ folder.</param>
    public static IReadOnlyList<(string Path, string Content)> Files(string root, SchemaCatalog schemas, DateTime today, string action) =>
    [
        ("policies/governance.json", NewArtefact.Text(schemas, ArtefactKinds.Governance, null, "governance", Path.Combine(root, "policies", "governance.json"), today)),
        (".github/workflows/policy.yml", Workflow(action)),
        (".github/CODEOWNERS", CodeOwners),
        (".vscode/settings.json", EditorSettings(schemas)),
        ("README.md", Readme),
    ];

    private static string Workflow(string action) => $$"""
        # Validates the policy repository on every pull request and annotates the changed files.
        # The action installs the `policy` command; pin it to a released tag of the tool's repository.
        name: policy

        on:
          pull_request:
          push:
            branches: [main]

        permissions:
          contents: read
          security-events: write

        jobs:
          validate:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # history lets a stale approval point at what changed
              - uses: {{action}}
              - run: policy validate policies --format github --format sarif=policy.sarif
              - if: always() && hashFiles('policy.sarif') != ''
                uses: github/codeql-action/upload-sarif@v3
                with:
                  sarif_file: policy.sarif
        """ + "\n";

    private const string CodeOwners = """
        # Who must review a change, by folder. Replace each @TODO with the GitHub account or team of the role
        # holder named in policies/governance.json (roles.*.person.github).
        /policies/governance.json        @TODO-controller @TODO-dpo @TODO-medical-lead
        /policies/systems/*/dpia.json    @TODO-dpo
        /policies/systems/               @TODO-ai-lead
        /policies/approvals/             @TODO-committee-secretary
        /schemas/                        @TODO-ai-lead
        /.github/                        @TODO-cio

        """;

    private static string EditorSettings(SchemaCatalog schemas)
    {
        var json = new StringBuilder("{\n  \"json.schemas\": [\n");
        var entries = Layout.Where(l => schemas.ForKind(l.Kind) is not null)
            .Select(l => $"    {{ \"fileMatch\": [\"/{l.Glob}\"], \"url\": \"./schemas/{Path.GetFileName(schemas.ForKind(l.Kind)!.File)}\" }}");
        return json.Append(string.Join(",\n", entries)).Append("\n  ]\n}\n").ToString();
    }

    private const string Readme = """
        # Governance of AI systems: policy repository

        This repository holds, as JSON files checked on every change, what the AI and health data committee
        decides about each AI system used in care: its system card, data protection impact assessment, human
        oversight, data flows, patient notice, incidents, ethics assessment, and the committee's approvals.

        ## First steps for the committee

        1. Fill in `policies/governance.json`: the organisation, who holds each role (controller, DPO, AI lead,
           medical lead…), the committee and the approval matrix. Every `TODO` is reported by `policy validate`
           (rule XR-DRAFT-01) until it is filled in; each `x-todo` entry names a value chosen as a placeholder.
        2. Have the Governance approved: `policy hash policies/governance.json` gives the content hash an Approval
           in `policies/approvals/` must carry, signed by the controller, the DPO and the medical lead.
        3. For each AI system: `policy new SystemCard --system <id>`, then the other documents its situation
           needs (`policy new Dpia --system <id>`, `HumanOversight`, `DataFlow`, `PatientNotice`…).
        4. Replace the `@TODO` owners in `.github/CODEOWNERS` and the action's `OWNER` in
           `.github/workflows/policy.yml`.

        ## Checking

        ```sh
        policy validate            # every file against its schema, then the rules across files
        policy inventory           # the register of AI systems
        policy site --out site     # the register, system pages and patient notices as a static site
        ```

        Editors that read `.vscode/settings.json` show the schema's help and errors while you type.

        """;
}
