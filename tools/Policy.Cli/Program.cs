using System.CommandLine;
using Policy.Hashing;

// Skeleton entry point; the verbs move into one class per command as they are built.
var fileArgument = new Argument<FileInfo>("file") { Description = "The artefact to hash." };
var hash = new Command("hash", "Print an artefact's content hash (SHA-256 of its RFC 8785 canonical form).") { fileArgument };
hash.SetAction(result =>
{
    var file = result.GetValue(fileArgument)!;
    try
    {
        Console.Out.WriteLine(ContentHash.Compute(File.ReadAllText(file.FullName)));
        return 0;
    }
    catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonCanonicalizationException)
    {
        Console.Error.WriteLine($"{file}: {error.Message}");
        return 2;
    }
});

var root = new RootCommand("policy: governance artefacts for AI in healthcare, as code.") { hash };
return root.Parse(args).Invoke();
