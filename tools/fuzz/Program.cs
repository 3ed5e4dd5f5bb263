using System.CommandLine;
using System.Diagnostics;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Fuzz;
using Editorial.Hosting.Fixing;

// editorial-fuzz [--count N] [--seed S] [--start I] [--threads T] [--samples DIR] [--failures DIR] [--story N]
// Input i of seed S is always the same input, so a failure is reproduced with --seed S --start i --count 1.
// With --story N, inputs i-N+1..i are also checked together, for each i that N divides after it (i+1), as the articles of
// one outlet: the cross-article rules (story grouping, figures and spellings across articles) then read mutated copy too.
// A story's failure is reproduced with --seed S --start i-N+1 --count N --story N.
var count = new Option<long>("--count") { Description = "How many inputs to run.", DefaultValueFactory = _ => 100_000 };
var seed = new Option<int>("--seed") { Description = "The seed: input i of a seed is always the same input.", DefaultValueFactory = _ => 1 };
var start = new Option<long>("--start") { Description = "The first input's index." };
var threads = new Option<int>("--threads") { Description = "Inputs checked at once.", DefaultValueFactory = _ => 1 };
var samplesFolder = new Option<string>("--samples") { Description = "The folder of articles to mutate.", DefaultValueFactory = _ => Path.Combine(Options.RepositoryRoot(), "samples") };
var failuresFolder = new Option<string?>("--failures") { Description = "Write each failing input into this folder." };
var story = new Option<int>("--story") { Description = "Also check each N inputs together, as one outlet's articles.", DefaultValueFactory = _ => 1 };
var command = new RootCommand("Mutates sample articles and checks each input: no exception, no ED9000, and fix's output is stable.")
{
    count, seed, start, threads, samplesFolder, failuresFolder, story,
};
Options? parsed = null;
command.SetAction(parse => parsed = new Options(parse.GetValue(count), parse.GetValue(seed), parse.GetValue(start),
    parse.GetValue(samplesFolder)!, parse.GetValue(failuresFolder), parse.GetValue(threads), parse.GetValue(story)));
var parseExit = command.Parse(args).Invoke();
// No options when the command line asked for help or could not be read: Invoke has printed what to say.
if (parsed is not { } options) return parseExit;
if (!Directory.Exists(options.Samples))
{
    Console.Error.WriteLine($"no folder of samples at {options.Samples}");
    return 2;
}
var samples = Directory.EnumerateFiles(options.Samples, "*.*", SearchOption.AllDirectories)
    .Where(p => ArticleFormats.FromPath(p) is not null)
    .OrderBy(p => p, StringComparer.Ordinal)
    .Select(File.ReadAllText)
    .ToList();
if (samples.Count == 0)
{
    Console.Error.WriteLine($"no .txt or .md samples under {options.Samples}");
    return 2;
}

var engine = new EditorialEngine();
long run = 0, notDecoded = 0, fixedInputs = 0, exceptions = 0, internalErrors = 0, fixFailures = 0, stories = 0;
var stopwatch = Stopwatch.StartNew();
var output = new object();
Parallel.For(options.Start, options.Start + options.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, i =>
{
    var input = InputAt(i);
    if (options.Story > 1 && (i + 1) % options.Story == 0) CheckStory(i);
    if (Interlocked.Increment(ref run) % 10_000 == 0)
    {
        Console.Error.WriteLine($"{run:N0} inputs, {stopwatch.Elapsed:hh\\:mm\\:ss}: {exceptions} exceptions, {internalErrors} ED9000, {fixFailures} fix-property failures");
    }
    var file = ArticleFile.Decode(input.Path, input.Bytes, out _, input.Charset);
    if (file is null)
    {
        Interlocked.Increment(ref notDecoded);
        return;
    }
    try
    {
        var result = FixProperty.Check(engine, input.Path, file.Text, new ArticleSettings(defaultOutlet: input.Outlet));
        if (result.FirstPass != file.Text) Interlocked.Increment(ref fixedInputs);
        foreach (var fault in result.Diagnostics.Where(d => d.Id == RuleIds.InternalError))
        {
            Interlocked.Increment(ref internalErrors);
            Report(i, input, file.Text, "ED9000 " + fault.Message);
        }
        if (result.Failure is not null)
        {
            Interlocked.Increment(ref fixFailures);
            Report(i, input, file.Text, "fix property: " + result.Failure);
        }
    }
    catch (Exception exception)
    {
        Interlocked.Increment(ref exceptions);
        Report(i, input, file.Text, "exception: " + exception);
    }
});

Console.WriteLine($"seed {options.Seed}, inputs {options.Start:N0}..{options.Start + options.Count - 1:N0}, {stopwatch.Elapsed:hh\\:mm\\:ss}");
Console.WriteLine($"inputs run: {run:N0} ({notDecoded:N0} not decodable, reported as ED9002; {fixedInputs:N0} changed by fix)"
                  + (options.Story > 1 ? $", and {stories:N0} stories of {options.Story}" : ""));
Console.WriteLine($"exceptions: {exceptions:N0}");
Console.WriteLine($"ED9000: {internalErrors:N0}");
Console.WriteLine($"fix-property failures: {fixFailures:N0}");
return exceptions + internalErrors + fixFailures == 0 ? 0 : 1;

FuzzInput InputAt(long i) => Mutations.Next(samples, new Random(unchecked(options.Seed * 1_000_003 + (int)i)));

// The inputs that end at `last` checked as one outlet's articles; an input that cannot be decoded is left out, as a host would.
void CheckStory(long last)
{
    var members = new List<ArticleInput>();
    string? outlet = null;
    for (var j = last - options.Story + 1; j <= last; j++)
    {
        if (j < 0) continue;
        var member = InputAt(j);
        outlet ??= member.Outlet ?? "default";
        if (ArticleFile.Decode(member.Path, member.Bytes, out _, member.Charset) is not { } decoded) continue;
        members.Add(new ArticleInput($"story/{j}{Path.GetExtension(member.Path)}", decoded.Text, new ArticleSettings(defaultOutlet: outlet == "default" ? null : outlet)));
    }
    Interlocked.Increment(ref stories);
    try
    {
        foreach (var fault in engine.Check(members).Where(d => d.Id == RuleIds.InternalError))
        {
            Interlocked.Increment(ref internalErrors);
            ReportStory(last, members, $"ED9000 at {fault.Location.Path}: {fault.Message}");
        }
    }
    catch (Exception exception)
    {
        Interlocked.Increment(ref exceptions);
        ReportStory(last, members, "exception: " + exception);
    }
}

void ReportStory(long last, List<ArticleInput> members, string what)
{
    lock (output) Console.WriteLine($"story ending at input {last} ({members.Count} articles): {what}");
    if (options.Failures is null) return;
    var folder = Path.Combine(options.Failures, $"{last}-story");
    Directory.CreateDirectory(folder);
    foreach (var member in members) File.WriteAllText(Path.Combine(folder, Path.GetFileName(member.Path)), member.Text);
}

void Report(long index, FuzzInput input, string text, string what)
{
    lock (output) Console.WriteLine($"input {index} ({input.Path}, outlet {input.Outlet ?? "default"}, charset {input.Charset ?? "detected"}): {what}");
    if (options.Failures is null) return;
    Directory.CreateDirectory(options.Failures);
    File.WriteAllText(Path.Combine(options.Failures, $"{index}-{input.Outlet ?? "default"}{Path.GetExtension(input.Path)}"), text);
}

internal sealed record Options(long Count, int Seed, long Start, string Samples, string? Failures, int Threads, int Story)
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Editorial.sln"))) return directory.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
