using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Editorial.Analyzers.Benchmarks.ArticleEditBenchmark).Assembly).Run(args);
