using System.CommandLine;
using System.Globalization;
using System.Text;
using Editorial.Diagnostics;
using Editorial.Eval;

// The accuracy runner (eval/README.md): `run` scores the engine on a split, `sample` writes unjudged warnings for the
// audit, `import` adds finished judgements to eval/labels/audit.tsv, `verify` asserts the invariants over every article.
var root = FindRepositoryRoot();
var data = Path.Combine(root, "eval", "data");
var labels = Path.Combine(root, "eval", "labels");

var split = new Option<string>("--split") { Description = "dev, test, fresh (copy held back from all tuning) or all.", DefaultValueFactory = _ => Splits.Dev };
split.AcceptOnlyFromAmong(Splits.Dev, Splits.Test, Splits.Fresh, "all");
var report = new Option<string?>("--report") { Description = "Also write the markdown table to this file." };
var explicitStories = new Option<bool>("--explicit-stories") { Description = "Give each story corpus event as editorial.story instead of letting the engine group articles." };
var perRule = new Option<int>("--per-rule") { Description = "Unjudged warnings to sample per rule.", DefaultValueFactory = _ => 15 };
var output = new Option<string>("--output") { Description = "The sample file (it holds corpus text: keep it under eval/data).", Required = true };
var judged = new Argument<string>("FILE") { Description = "A sample file whose verdict column is filled in, or a file of spelling labels in the columns of eval/labels/spelling.tsv." };

var runCommand = new Command("run", "Run every rule over the split and print per-rule findings, precision, recall and warnings per 20 articles.") { split, report, explicitStories };
runCommand.SetAction(parse => Run(parse.GetValue(split)!, parse.GetValue(report), parse.GetValue(explicitStories)));
var sampleRule = new Option<string?>("--rule") { Description = "Only rules whose ID starts with this (ED3, ED4004)." };
var sampleCommand = new Command("sample", "Write a stratified sample of unjudged findings (any severity), with their paragraphs, for judging.") { split, perRule, output, sampleRule };
sampleCommand.SetAction(parse => Sample(parse.GetValue(split)!, parse.GetValue(perRule), parse.GetValue(output)!, parse.GetValue(sampleRule)));
var importCommand = new Command("import", "Add the judged rows of a sample file to eval/labels/audit.tsv (key and verdict only), or the rows of a spelling label file to eval/labels/spelling.tsv; rows already there are left out.") { judged };
importCommand.SetAction(parse => Import(parse.GetValue(judged)!));
var failureRule = new Option<string?>("--rule") { Description = "Only this rule's failures (an ID, or a prefix such as ED1)." };
var everyFinding = new Option<bool>("--all") { Description = "Print every finding of the rules with its verdict (accept, reject or unjudged), not only the wrong ones: to read what a rule finds, right findings included." };
var failuresCommand = new Command("failures", "Print the split's wrong warnings (judged or labelled) and its misses (labelled variants and conflicts no warning reports), with context.") { split, failureRule, everyFinding };
// The fresh split measures copy no one has tuned on: reading its failures would make it one more dev split.
failuresCommand.Validators.Add(result =>
{
    if (result.GetValue(split) is Splits.Fresh or "all")
        result.AddError("failures does not read the fresh split: its findings are judged blind and reported, never read to tune on (docs/evaluation.md, \"Splits\").");
});
failuresCommand.SetAction(parse => Failures(parse.GetValue(split)!, parse.GetValue(failureRule), parse.GetValue(everyFinding)));
var everyPair = new Option<bool>("--all") { Description = "Explain every labelled pair (compatible, different and update pairs, and conflicts found), not only the conflicts missed." };
var explainCommand = new Command("explain", "Print, for each labelled conflict the figure rules miss on dev, the step that held it back (no figure read, another story, another key, compatible values, a gate) with both figures' keys.") { everyPair };
explainCommand.SetAction(parse => Explain(parse.GetValue(everyPair)));
var figuresFile = new Argument<string>("FILE") { Description = "An article (text, Markdown or HTML)." };
var figuresCommand = new Command("figures", "Print every number the figure rules read in an article, with the key each counted one got (what, of which event, where) or none: to see why a figure is not compared.") { figuresFile };
figuresCommand.SetAction(parse => PrintFigures(parse.GetValue(figuresFile)!));
var verifyCommand = new Command("verify", "Check every fetched article (both splits) and fail (exit 1) when a spelling finding sits in a web address, an e-mail address, a handle or a hashtag.");
verifyCommand.SetAction(_ => Verify());
var command = new RootCommand("Editorial's accuracy evaluation on published news.") { runCommand, sampleCommand, importCommand, failuresCommand, explainCommand, figuresCommand, verifyCommand };
try
{
    return command.Parse(args).Invoke();
}
catch (EvalException problem)
{
    Console.Error.WriteLine("eval: " + problem.Message);
    return 2;
}

(List<PreparedArticle>, List<Finding>, Scorer) Evaluate(string wanted, bool stories)
{
    var articles = CorpusReader.ReadAll(data).Where(a => Splits.Matches(a.Split, wanted)).ToList();
    var started = DateTime.UtcNow;
    var (prepared, findings) = Runner.Run(articles, OutletMap.Read(Path.Combine(root, "eval", "outlets.tsv"), Path.Combine(root, "eval", "profiles")), stories);
    Console.Error.WriteLine($"eval: {prepared.Count} articles, {findings.Count} findings in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
    // A rule that fails on an article loses its findings there (and a cross-article rule's, on its whole story): the scores
    // would fall with no other sign.
    var faults = findings.Where(f => f.Rule == RuleIds.InternalError).ToList();
    foreach (var fault in faults.Take(5)) Console.Error.WriteLine($"eval: {fault.Article.Key}: {fault.Diagnostic.Message}");
    if (faults.Count > 0) throw new EvalException($"{faults.Count} internal errors (ED9000): the scores would count a rule's failures as silence");
    var gold = GoldAttributions.Read(data, prepared.ToDictionary(p => p.Article.Key, StringComparer.Ordinal));
    var scorer = new Scorer(LabelSet.Read(labels), prepared, gold);
    foreach (var problem in scorer.Problems) Console.Error.WriteLine("eval: " + problem);
    return (prepared, findings, scorer);
}

int Run(string wanted, string? reportPath, bool stories)
{
    var (prepared, findings, scorer) = Evaluate(wanted, stories);
    var scores = Scorer.Score(findings, scorer.Judge);
    var storyArticles = prepared.Where(p => p.Article.Event is not null).Select(p => p.Article).ToHashSet();
    var (figuresFound, figuresTotal) = scorer.FigureRecall(findings, a => true);
    var (spellingFound, spellingTotal) = scorer.SpellingRecall(findings, a => true, label => label.IsVariant);
    var (misspeltFound, misspeltTotal) = scorer.SpellingRecall(findings, a => true, label => label.IsLoneMisspelling);
    var (fired, attributed) = scorer.Gold.Ed3001OnAttributed(prepared, findings);
    foreach (var score in scores)
    {
        if (Scorer.ConflictRules.Contains(score.Id) && figuresTotal > 0) score.Recall = Ratio(figuresFound, figuresTotal) + " (conflict pairs, ED2001+ED2002+ED2004)";
        if (score.Id.StartsWith("ED1", StringComparison.Ordinal) && spellingTotal > 0) score.Recall = Ratio(spellingFound, spellingTotal) + " (variant units, all ED1xxx)";
        if (score.Id == RuleIds.UnattributedQuotation && attributed > 0) score.Recall = $"fires on {Ratio(fired, attributed)} of gold-attributed quotations";
    }
    var table = Table(wanted, prepared, storyArticles.Count, scores);
    var inNonProse = NonProseCheck.Violations(findings);
    table += $"\nSpelling findings inside a web address, e-mail address, handle or hashtag: {inNonProse.Count}.\n";
    if (misspeltTotal > 0) table += $"\nLone misspellings (no other form of the word in the article: ED1009's) that a finding covers: {Ratio(misspeltFound, misspeltTotal)}.\n";
    var rounds = scorer.SpellingRoundNames
        .Select(round => (Round: round, Recall: scorer.SpellingRecall(findings, a => scorer.SpellingRoundOf(a) == round, label => label.IsVariant)))
        .Where(r => r.Recall.Total > 0)
        .ToList();
    if (rounds.Count > 1)
    {
        // Each round labelled articles nobody had tuned on: recall on the latest is the closest to unseen copy.
        table += "\nVariant units found, by labelling round (eval/labels/spelling-rounds.tsv): "
                 + string.Join(", ", rounds.Select(r => $"{r.Round} {Ratio(r.Recall.Found, r.Recall.Total)}")) + ".\n";
    }
    foreach (var finding in inNonProse.Take(10)) table += $"- {Keys.Of(finding).Replace('\t', ' ')}\n";
    Console.WriteLine(table);
    if (reportPath is not null) File.WriteAllText(reportPath, table);
    return 0;
}

// The spelling rules' non-prose invariant as an assertion over the whole fetched corpus: the unit tests never read the
// corpora (they are not in the repository), so this is the test that runs where they are present.
int Verify()
{
    var (prepared, findings, _) = Evaluate("all", stories: false);
    var inNonProse = NonProseCheck.Violations(findings);
    foreach (var finding in inNonProse) Console.WriteLine(Keys.Of(finding).Replace('\t', ' '));
    Console.WriteLine($"verify: {prepared.Count} articles, {findings.Count(f => f.Rule.StartsWith("ED1", StringComparison.Ordinal))} spelling findings, {inNonProse.Count} inside a web address, e-mail address, handle or hashtag");
    return inNonProse.Count == 0 ? 0 : 1;
}

string Table(string wanted, List<PreparedArticle> prepared, int storyArticles, List<RuleScore> scores)
{
    var articles = prepared.Count;
    var per20 = (double count) => articles == 0 ? 0 : count * 20 / articles;
    var text = new StringBuilder();
    var corpora = prepared.GroupBy(p => p.Article.Corpus).Select(g => $"{g.Key} {g.Count()}");
    text.AppendLine($"Split `{wanted}`: {articles} articles ({string.Join(", ", corpora)}; {storyArticles} in multi-outlet stories).");
    text.AppendLine();
    text.AppendLine("| rule | default | findings | warnings | warnings per 20 articles | judged | precision | wrong warnings per 20 (est.) | recall |");
    text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    double wrong = 0;
    foreach (var s in scores)
    {
        // Precision is over every judged finding of the rule; its warnings are counted wrong at that rate, and all of them
        // when none was judged.
        var wrongHere = s.Warnings * (s.Precision is { } p ? 1 - p : 1);
        wrong += wrongHere;
        text.AppendLine($"| {s.Id} | {s.DefaultSeverity.ToConfigName()} | {s.Findings} | {s.Warnings} | {per20(s.Warnings):F2} | {s.Judged} | " +
            $"{(s.Precision is { } precision ? precision.ToString("F2", CultureInfo.InvariantCulture) : "–")} | {per20(wrongHere):F2} | {s.Recall ?? ""} |");
    }
    var warnings = scores.Sum(s => s.Warnings);
    text.AppendLine($"| all | | {scores.Sum(s => s.Findings)} | {warnings} | {per20(warnings):F2} | {scores.Sum(s => s.Judged)} | " +
        $"{Precision(scores.Sum(s => s.Accepted), scores.Sum(s => s.Judged))} | {per20(wrong):F2} | |");
    return text.ToString();
}

int Sample(string wanted, int count, string outputPath, string? onlyRule)
{
    var (prepared, findings, scorer) = Evaluate(wanted, false);
    var writer = new StringBuilder(LabelSet.AuditHeader + "\tmessage\tcontext\n");
    var sampled = 0;
    foreach (var rule in findings.Where(f => (onlyRule is null || f.Rule.StartsWith(onlyRule, StringComparison.Ordinal)) && scorer.Judge(f) == Verdict.Unjudged).GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        // A stable spread over articles and outlets: order by a hash of the key, take the first few.
        foreach (var finding in rule.DistinctBy(Keys.Of).OrderBy(f => Splits.StableHash(Keys.Of(f))).Take(count))
        {
            writer.Append(Keys.Of(finding)).Append("\t\t\t").Append(Tsv.Clean(finding.Diagnostic.Message)).Append('\t')
                .Append(Tsv.Clean(Context(finding))).Append('\n');
            sampled++;
        }
    }
    File.WriteAllText(outputPath, writer.ToString(), new System.Text.UTF8Encoding(false, false));
    Console.Error.WriteLine($"eval: {sampled} unjudged warnings written to {outputPath}");
    return 0;
}

int Failures(string wanted, string? onlyRule, bool all)
{
    var (prepared, findings, scorer) = Evaluate(wanted, false);
    bool Selected(string id) => onlyRule is null || id.StartsWith(onlyRule, StringComparison.Ordinal);
    foreach (var finding in findings.Where(f => Selected(f.Rule) && (all || scorer.Judge(f) == Verdict.Reject))
                 .OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Article.Key, StringComparer.Ordinal))
    {
        var verdict = scorer.Judge(finding) switch { Verdict.Reject => "WRONG", Verdict.Accept => "RIGHT", _ => "UNJUDGED" };
        Console.WriteLine($"{verdict}\t{Keys.Of(finding)}\t{Tsv.Clean(finding.Diagnostic.Message)}\t{Tsv.Clean(AroundMark(Context(finding), 400))}");
    }
    foreach (var miss in scorer.Misses(findings).Where(m => Selected(m.Rule)))
    {
        Console.WriteLine($"MISSED\t{miss.Rule}\t{miss.Description}");
    }
    return 0;
}

// Dev only: explaining test or fresh misses would be tuning on them.
int Explain(bool all)
{
    var (prepared, findings, scorer) = Evaluate(Splits.Dev, false);
    var outlets = OutletMap.Read(Path.Combine(root, "eval", "outlets.tsv"), Path.Combine(root, "eval", "profiles"));
    Console.WriteLine("label\tfound\tstep\tdetail\tfigure A\tfigure B\tpair\tnote");
    foreach (var line in PairExplainer.Explain(prepared, scorer, findings, outlets, all)) Console.WriteLine(line);
    return 0;
}

int PrintFigures(string path)
{
    var outlets = OutletMap.Read(Path.Combine(root, "eval", "outlets.tsv"), Path.Combine(root, "eval", "profiles"));
    foreach (var line in PairExplainer.Figures(path, File.ReadAllText(path), outlets)) Console.WriteLine(line);
    return 0;
}

int Import(string path)
{
    var header = File.ReadLines(path).FirstOrDefault() ?? "";
    var columns = header.Split('\t');
    if (columns.Contains("verdict")) return ImportJudgements(path);
    if (header == LabelSet.SpellingHeader) return ImportSpellingLabels(path);
    Console.Error.WriteLine($"eval: {path} is neither a judged sample (a 'verdict' column) nor spelling labels (columns {LabelSet.SpellingHeader.Replace('\t', ' ')}); nothing imported");
    return 2;
}

int ImportSpellingLabels(string path)
{
    var file = Path.Combine(labels, LabelSet.SpellingFile);
    var existing = File.ReadLines(file).Skip(1).ToHashSet(StringComparer.Ordinal);
    var added = File.ReadLines(path).Skip(1).Where(line => line.Length > 0 && existing.Add(line)).ToList();
    File.AppendAllLines(file, added);
    Console.Error.WriteLine($"eval: {added.Count} spelling labels added to {file}");
    return 0;
}

int ImportJudgements(string path)
{
    var file = Path.Combine(labels, LabelSet.AuditFile);
    var existing = File.Exists(file) ? LabelSet.Read(labels).Audit.Select(a => a.Key).ToHashSet(StringComparer.Ordinal) : [];
    var added = new StringBuilder(File.Exists(file) ? "" : LabelSet.AuditHeader + "\n");
    var count = 0;
    foreach (var row in Tsv.Read(path))
    {
        var verdict = row["verdict"].Trim().ToLowerInvariant();
        if (verdict is not ("accept" or "reject")) continue;
        var key = Keys.Of(row["corpus"], row["article"], row["rule"], int.Parse(row["line"]), row["text"]);
        if (!existing.Add(key)) continue;
        added.Append(key).Append('\t').Append(verdict).Append('\t').Append(Tsv.Clean(row["note"])).Append('\n');
        count++;
    }
    File.AppendAllText(file, added.ToString());
    Console.Error.WriteLine($"eval: {count} judgements added to {file}");
    return 0;
}

static string Context(Finding finding)
{
    // The paragraph around the finding, with the flagged text in [[ ]]; for the judge's eyes only, never committed.
    var text = finding.ArticleText;
    var span = finding.Diagnostic.Location.Span;
    var start = text.LastIndexOf("\n\n", Math.Max(0, span.Start - 1), StringComparison.Ordinal);
    var end = text.IndexOf("\n\n", span.End, StringComparison.Ordinal);
    start = start < 0 ? 0 : start + 2;
    end = end < 0 ? text.Length : end;
    if (span.Start - start > 600) start = span.Start - 600;
    if (end - span.End > 600) end = span.End + 600;
    return text[start..span.Start] + "[[" + text.Substring(span.Start, span.Length) + "]]" + text[span.End..end];
}

/// <summary>At most <paramref name="max"/> characters of a finding's context on one line, centred on its [[ ]] mark, so that the
/// flagged text of a long paragraph is shown.</summary>
static string AroundMark(string context, int max)
{
    var flat = Snippets.Short(context, int.MaxValue);
    if (flat.Length <= max) return flat;
    var start = Math.Clamp(flat.IndexOf("[[", StringComparison.Ordinal) - max / 2, 0, flat.Length - max);
    return flat.Substring(start, max);
}

static string Ratio(int a, int b) => b == 0 ? "–" : $"{a}/{b} = {(double)a / b:F2}";

static string Precision(int accepted, int judged) => judged == 0 ? "–" : ((double)accepted / judged).ToString("F2", CultureInfo.InvariantCulture);

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Editorial.sln"))) return directory.FullName;
    }
    return Directory.GetCurrentDirectory();
}
