using Policy.Core.Catalog;

namespace Policy.Core.Rules;

/// <summary>
/// A rule that reads the repository as a whole (several artefacts together). A rule class may report
/// under several closely related ids (one family), all listed in <see cref="Descriptors"/>.
/// Rules read JSON defensively: a value the schema already rejected reads as absent, never throws.
/// </summary>
public interface IRepositoryRule
{
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    void Check(RuleContext context);
}
