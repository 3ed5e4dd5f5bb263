using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Editorial.Benchmarks;

// In-process: the engine is measured in this very runtime, with no generated project to build (BenchmarkDotNet 0.14 does
// not know net10.0 as a target of its own). One operation is a whole 10 MB pass, so a few iterations are enough.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithWarmupCount(2)
    .WithIterationCount(args.Contains("--quick") ? 3 : 8)
    .WithInvocationCount(1)
    .WithUnrollFactor(1);
var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summary = BenchmarkRunner.Run<EngineThroughput>(config);

Console.WriteLine();
Console.WriteLine($"Corpus: {EngineThroughput.CorpusBytes / 1e6:F1} MB (UTF-8) per operation, single thread.");
foreach (var report in summary.Reports)
{
    if (report.ResultStatistics is not { } statistics) continue;
    var seconds = statistics.Mean / 1e9;
    Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-24} {seconds,8:F3} s/op  {EngineThroughput.CorpusBytes / 1e6 / seconds,8:F1} MB/s");
}
