using BenchmarkDotNet.Running;
using Policy.Benchmarks;
using Policy.Benchmarks.Generation;
using Policy.Benchmarks.Throughput;

// generate | parse | profile | memory run once and print; anything else goes to BenchmarkDotNet
// (`-- --filter '*' --job short`). docs/performance.md has the commands and the figures.
return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(Arguments.Parse(args[1..])),
    "parse" => BareParseThroughput.Run(Arguments.Parse(args[1..])),
    "profile" => StageProfile.Run(Arguments.Parse(args[1..])),
    "memory" => MemoryProfile.Run(Arguments.Parse(args[1..])),
    _ => Micro(args),
};

static int Micro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Arguments).Assembly).Run(args);
    return 0;
}
