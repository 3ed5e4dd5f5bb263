using System.CommandLine;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Hosting;
using Editorial.Hosting.Fixing;
using Editorial.Hosting.Reporting;
using Editorial.LanguageServer;
using Editorial.Profiles;
using Editorial.Rules;

namespace Editorial.Cli;

/// <summary>
/// The <c>editorial</c> command: <c>check</c>, <c>fix</c>, <c>stories</c>, <c>rules</c>, <c>profiles</c> and <c>lsp</c>. Output goes to the writers given,
/// so tests run it in-process; paths in reports are relative to <c>baseDirectory</c> (the current directory by default).
/// </summary>
public sealed class EditorialCli
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly IReadOnlyList<Rule> _rules;
    private readonly string _baseDirectory;
    private readonly Stream? _input;
    private readonly TerminalCapabilities _terminal;

    /// <summary>The path that stands for standard input, as in most command-line tools.</summary>
    private const string StandardInput = "-";

    private readonly Argument<string[]> _paths = new("PATH")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Article files or folders (folders are searched for " + string.Join(", ", Articles.ArticleFormats.Extensions.Keys) + " in any case; hidden folders, the folders " +
            string.Join(", ", ProjectLayout.SkippedFolderNames) + ", files named " + string.Join(", ", ProjectLayout.ProjectDocumentNames) +
            " and, in a git work tree, what its .gitignore files ignore are skipped; a folder or file named is checked whatever git ignores).",
    };
    private readonly Option<string[]> _exclude = new("--exclude")
    {
        HelpName = "GLOB",
        Description = "Skip files matching this glob (relative to the current folder, e.g. drafts/** or **/*.draft.md); repeat for several.",
    };
    private readonly Option<string?> _outlet = new("--outlet")
    {
        HelpName = "NAME",
        Description = "The outlet whose profile applies where neither .editorconfig (editorial.outlet) nor front matter (outlet:) names one.",
    };
    private readonly Option<string[]> _profiles = new("--profiles")
    {
        HelpName = "DIR_OR_FILE",
        Description = "Project profile files, or folders of *.yml profiles; repeat for several. A checked folder's own rules/ folder is always read.",
    };
    private readonly Option<string> _format = new("--format")
    {
        Description = "Report format: msbuild (file(line,col,endLine,endCol): severity ID: message), json, sarif, or github (GitHub Actions annotations).",
        DefaultValueFactory = _ => "msbuild",
    };
    private readonly Option<string?> _outputFile = new("--output")
    {
        HelpName = "FILE",
        Description = "Write the report to this file instead of the standard output.",
    };
    private readonly Option<string?> _stdinFilename = new("--stdin-filename")
    {
        HelpName = "PATH",
        Description = "With the path '-': check the article read from standard input as if it were this file (its .editorconfig, front matter and format); the current folder's rules/ is read.",
    };
    private readonly Option<string?> _baseline = new("--baseline")
    {
        HelpName = "FILE",
        Description = "Report only findings that are not in this baseline (rule, file and text; not line). ED9xxx problems are always reported.",
    };
    private readonly Option<string?> _cache = new("--cache")
    {
        HelpName = "FILE",
        Description = "Keep each article's own findings in this file (created if missing) and check again only the articles whose text or configuration changed since; the report is the same as without it.",
    };
    private readonly Option<bool> _updateBaseline = new("--update-baseline")
    {
        Description = "Write every current finding to the --baseline file (created or replaced), then report none of them.",
    };
    private readonly Option<bool> _warningsAsErrors = new("--warnings-as-errors")
    {
        Description = "Report every warning as an error, so that a warning fails the run (exit code 1), as TreatWarningsAsErrors does in a build.",
    };
    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "Print the changes as a unified diff; change no file.",
    };
    private readonly Option<bool> _force = new("--force")
    {
        Description = "Also rewrite read-only files (their mode stays read-only).",
    };

    /// <param name="input">Where <c>check -</c> reads its article; the process's standard input by default.</param>
    /// <param name="terminal">What <paramref name="output"/> and <paramref name="error"/> can show; plain by default.</param>
    public EditorialCli(TextWriter output, TextWriter error, IReadOnlyList<Rule>? rules = null, string? baseDirectory = null, Stream? input = null,
        TerminalCapabilities? terminal = null)
    {
        _terminal = terminal ?? TerminalCapabilities.Plain;
        _output = output;
        _error = error;
        _input = input;
        _rules = rules ?? RuleCatalog.Rules;
        _baseDirectory = baseDirectory ?? Directory.GetCurrentDirectory();
        _format.AcceptOnlyFromAmong("msbuild", "json", "sarif", "github");
        // The parser takes a misspelt option ("--colour") as one more path; it is a usage error, not a missing file.
        // A file whose name starts with '-' can still be named as ./-file.
        _paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
    }

    public int Run(string[] args) => Guarded(() =>
    {
        var parse = BuildCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) _error.WriteLine("editorial: " + problem.Message);
            _error.WriteLine("Run 'editorial --help' for usage.");
            return ExitCodes.UsageOrConfiguration;
        }
        // Exceptions reach Guarded, not System.CommandLine's handler, which would print a stack trace and return 1: a finding's code.
        return parse.Invoke(new InvocationConfiguration { Output = _output, Error = _error, EnableDefaultExceptionHandler = false });
    });

    private RootCommand BuildCommand()
    {
        var check = new Command("check", "Check articles and report what the rules find.") { _paths, _exclude, _outlet, _profiles, _format, _outputFile, _stdinFilename, _baseline, _updateBaseline, _cache, _warningsAsErrors };
        check.Validators.Add(ValidateStandardInput);
        foreach (var fileOption in new[] { _outputFile, _baseline, _cache }) fileOption.Validators.Add(RefuseFolder);
        check.Validators.Add(result =>
        {
            if (result.GetValue(_updateBaseline) && result.GetResult(_baseline) is null) result.AddError("--update-baseline needs --baseline FILE: the file to write.");
        });
        check.SetAction(Check);

        var fix = new Command("fix", "Apply the fixes the rules suggest, rewriting files in place (or print them with --dry-run).") { _paths, _exclude, _outlet, _profiles, _dryRun, _force };
        fix.SetAction(Fix);

        var stories = new Command("stories", "List the stories the figure rules compare articles within, and why each article is in its story.") { _paths, _exclude, _outlet, _profiles };
        stories.SetAction(ListStories);

        var rules = new Command("rules", "List the rules: ID, default severity, category, whether it offers a fix (editorial fix), title and help link.");
        rules.SetAction(_ => ListRules());

        var profiles = new Command("profiles", "List the outlet profiles: name, title, locale and what each extends.") { _profiles };
        profiles.SetAction(ListProfiles);

        var lsp = new Command("lsp", "Run the language server: the Language Server Protocol over standard input and output, for editors (see docs/lsp.md).") { _outlet, _profiles };
        lsp.SetAction(ServeLanguage);

        return new RootCommand("Editorial: a linter for newsroom copy (spelling, figures, attribution, copy hygiene).\n\n" + Examples + "\n\n" + ExitCodes.Help)
            { check, fix, stories, rules, profiles, lsp };
    }

    /// <summary>What <c>editorial --help</c> shows first: the commands people run, each with what it is for.</summary>
    private const string Examples =
        "Examples:\n" +
        "  editorial check articles                                      report findings as file(line,col,...): severity ID: message\n" +
        "  editorial check articles --outlet ap                          AP style where no .editorconfig or front matter names an outlet\n" +
        "  editorial check articles --format github                      annotations in a GitHub Actions run\n" +
        "  editorial check articles --format sarif --output editorial.sarif   a SARIF log for code scanning\n" +
        "  editorial check - --stdin-filename ap/story.md < draft.md     one article from standard input, configured as ap/story.md\n" +
        "  editorial check articles --baseline baseline.json --update-baseline   record today's findings\n" +
        "  editorial check articles --baseline baseline.json             then report only new ones\n" +
        "  editorial fix articles --dry-run                              show the fixes as a diff; without --dry-run, apply them\n" +
        "  editorial rules                                               every rule: severity, category, fix, help";

    /// <summary><c>-</c> is one article, read from standard input, and needs a name: the path its configuration comes from.</summary>
    private void ValidateStandardInput(System.CommandLine.Parsing.CommandResult result)
    {
        // The tokens, not GetValue: converting the argument here would drop the errors its own validator reported.
        var paths = result.GetResult(_paths)?.Tokens.Select(token => token.Value).ToArray() ?? [];
        var named = result.GetResult(_stdinFilename) is not null;
        if (paths.Contains(StandardInput) && paths.Length > 1) result.AddError("'-' (standard input) is checked alone, without other paths.");
        else if (paths.Contains(StandardInput) && !named) result.AddError("'-' (standard input) needs --stdin-filename PATH: the article's configuration and format come from that path.");
        else if (!paths.Contains(StandardInput) && named) result.AddError("--stdin-filename names the article read from standard input: give '-' as the path.");
    }

    /// <summary>An option that names a file must not name a folder: writing one fails with .NET's "Access to the path is denied",
    /// which sends the user looking for a permission problem.</summary>
    private void RefuseFolder(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var value && Directory.Exists(Path.GetFullPath(value, _baseDirectory)))
        {
            result.AddError($"{result.Option.Name} names a file, and '{value}' is a folder.");
        }
    }

    private int Check(ParseResult parse)
    {
        var request = parse.GetValue(_stdinFilename) is { } stdinName ? StandardInputRequest(parse, stdinName) : Request(parse);
        var format = parse.GetValue(_format)!;
        var outputPath = parse.GetValue(_outputFile);
        if (outputPath is not null && request.Articles.FirstOrDefault(article => SameFile(article, outputPath)) is { } overwritten)
        {
            _error.WriteLine($"editorial: --output names an article being checked ({DisplayPath(overwritten)}); the report would overwrite it.");
            return ExitCodes.UsageOrConfiguration;
        }
        var result = RunWithProgress(request);
        var baselined = 0;
        if (parse.GetValue(_baseline) is { } baselinePath)
        {
            var withBaseline = ApplyBaseline(result, baselinePath, parse.GetValue(_updateBaseline));
            if (withBaseline is null) return ExitCodes.UsageOrConfiguration;
            baselined = result.Diagnostics.Count - withBaseline.Diagnostics.Count;
            result = withBaseline;
        }
        if (parse.GetValue(_warningsAsErrors)) result = WithWarningsAsErrors(result);
        if (outputPath is null)
        {
            WriteReport(format, result, _output, _terminal);
        }
        else
        {
            try
            {
                using var file = ReportFile.Open(outputPath);
                WriteReport(format, result, file.Writer, TerminalCapabilities.Plain);
                file.Complete();
            }
            catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
            {
                _error.WriteLine($"editorial: cannot write the report to '{Path.GetFullPath(outputPath)}': {WriteFailure.Describe(exception)}.");
                return ExitCodes.UsageOrConfiguration;
            }
        }
        _error.WriteLine(Summary(result, baselined));
        if (NothingFound(result) is { } nothingFound) _error.WriteLine(nothingFound);
        return ExitCode(result);
    }

    /// <summary>The result without the findings the baseline holds, after writing every finding to it first when
    /// <paramref name="update"/> is set; null (the reason printed) when the baseline cannot be written, does not exist or cannot be read.</summary>
    private CheckResult? ApplyBaseline(CheckResult result, string path, bool update)
    {
        var texts = SourceTexts.From(result.Files);
        if (update)
        {
            int written;
            try
            {
                written = Baseline.Write(path, result.Diagnostics, texts);
            }
            catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
            {
                _error.WriteLine($"editorial: cannot write the baseline to '{Path.GetFullPath(path)}': {WriteFailure.Describe(exception)}.");
                return null;
            }
            _error.WriteLine($"Wrote {Plural(written, "finding")} to the baseline {DisplayPath(Path.GetFullPath(path))}.");
        }
        Baseline baseline;
        try
        {
            baseline = Baseline.Read(path);
        }
        catch (FileNotFoundException)
        {
            _error.WriteLine($"editorial: the baseline '{path}' does not exist; write it with --update-baseline.");
            return null;
        }
        var shown = baseline.NewFindings(result.Diagnostics, texts);
        return result with { Diagnostics = shown, ArticleProblems = result.ArticleProblems.Intersect(shown).ToList() };
    }

    /// <summary>The result with each warning made an error, after the baseline: a finding the baseline holds stays quiet,
    /// whatever its severity.</summary>
    private static CheckResult WithWarningsAsErrors(CheckResult result) => result with
    {
        Diagnostics = result.Diagnostics.Select(d => d.Severity == Severity.Warning ? d.WithSeverity(Severity.Error) : d).ToList(),
    };

    private void WriteReport(string format, CheckResult result, TextWriter writer, TerminalCapabilities terminal)
    {
        var diagnostics = result.Diagnostics;
        switch (format)
        {
            case "json":
                JsonWriter.Write(new TextWriterStream(writer), diagnostics, _baseDirectory);
                writer.WriteLine();
                break;
            case "sarif":
                SarifWriter.Write(new TextWriterStream(writer), diagnostics, _baseDirectory, RuleCatalog.DescriptorsOf(_rules), SourceTexts.From(result.Files));
                writer.WriteLine();
                break;
            case "github":
                GitHubWriter.Write(writer, diagnostics, _baseDirectory);
                break;
            default:
                MsBuildWriter.Write(writer, diagnostics, _baseDirectory, terminal, SourceTexts.From(result.Files));
                break;
        }
    }

    /// <summary>
    /// Writes all the files it fixes or none: not with configuration errors (the rules may have run with the wrong
    /// settings), not when a file is read-only (unless --force), and not when any file cannot be written or changed after the
    /// check read it. The summary is printed in every case.
    /// </summary>
    private int Fix(ParseResult parse)
    {
        var dryRun = parse.GetValue(_dryRun);
        var result = RunCheck(parse);
        // Problems with the setup are shown; findings the run could not fix stay for `editorial check` to report.
        var configurationErrors = result.Diagnostics.Where(IsConfigurationError).ToList();
        foreach (var problem in configurationErrors) _error.WriteLine(MsBuildWriter.Format(problem, _baseDirectory));
        var plans = FixPlan.Create(result);
        foreach (var skipped in plans.SelectMany(plan => plan.Skipped))
        {
            _error.WriteLine(MsBuildWriter.Format(skipped, _baseDirectory) + " [fix skipped: it overlaps another fix; run 'editorial fix' again]");
        }
        var changes = plans.Where(plan => plan.Changes).ToList();
        if (dryRun)
        {
            foreach (var plan in changes)
            {
                // git's a/ and b/ prefixes for files under the current directory, so `git apply` and `patch -p1` take the diff.
                var relative = ReportPaths.RelativeUnder(plan.File.Path, _baseDirectory);
                var (oldName, newName) = relative is null ? (plan.File.Path, plan.File.Path) : ("a/" + relative, "b/" + relative);
                if (UnifiedDiff.Create(plan, oldName, newName) is { } diff) _output.Write(diff);
                else _error.WriteLine($"editorial: no diff for '{DisplayPath(plan.File.Path)}': it is stored as {plan.File.Encoding.WebName}, " +
                    "and git apply and patch apply diffs to UTF-8 files only; 'editorial fix' rewrites it in its own encoding.");
            }
            _error.WriteLine($"Would fix {FixSummary(changes)}.");
            return configurationErrors.Count > 0 ? ExitCode(result) : ExitCodes.Success;
        }
        if (configurationErrors.Count > 0)
        {
            // An unreadable article stops the fix as a broken configuration does: the figure rules compare it with the others.
            _error.WriteLine(configurationErrors.Except(result.ArticleProblems).Any()
                ? "editorial: the configuration has errors; no file changed."
                : "editorial: an article cannot be read; no file changed.");
            _error.WriteLine($"Fixed {FixSummary([])}.");
            return ExitCode(result);
        }
        var readOnly = parse.GetValue(_force) ? [] : changes.Where(plan => IsReadOnly(plan.File.Path)).ToList();
        foreach (var plan in readOnly) _error.WriteLine($"editorial: '{DisplayPath(plan.File.Path)}' is read-only; use --force to fix it anyway.");
        if (readOnly.Count > 0) return NoFileChanged();

        var rewrites = new List<FileRewrite>();
        try
        {
            foreach (var plan in changes)
            {
                try
                {
                    // The text the check read, encoded again, is the file's bytes: fix changes no byte it does not mean to.
                    rewrites.Add(FileRewrite.Prepare(plan.File.Path, plan.File.Encode(plan.File.Text), plan.File.Encode(plan.NewText)));
                }
                catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
                {
                    _error.WriteLine($"editorial: cannot write '{DisplayPath(plan.File.Path)}': {WriteFailure.Describe(exception)}.");
                }
            }
            if (rewrites.Count < changes.Count) return NoFileChanged();
            for (var i = 0; i < rewrites.Count; i++)
            {
                try
                {
                    rewrites[i].Commit();
                }
                catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
                {
                    // Every file could be written a moment ago: whatever stopped this one, the ones before it are fixed.
                    _error.WriteLine($"editorial: cannot write '{DisplayPath(changes[i].File.Path)}': {WriteFailure.Describe(exception)}; the files before it were fixed.");
                    _error.WriteLine($"Fixed {FixSummary(changes[..i])}.");
                    return ExitCodes.UsageOrConfiguration;
                }
            }
        }
        finally
        {
            foreach (var rewrite in rewrites) rewrite.Dispose();
        }
        _error.WriteLine($"Fixed {FixSummary(changes)}.");
        return ExitCodes.Success;

        int NoFileChanged()
        {
            _error.WriteLine("editorial: no file changed.");
            return Unfixed();
        }

        int Unfixed()
        {
            _error.WriteLine($"Fixed {FixSummary([])}.");
            return ExitCodes.UsageOrConfiguration;
        }
    }

    private static string FixSummary(IReadOnlyCollection<FileFix> changes) =>
        $"{Plural(changes.Sum(plan => plan.Applied.Count), "issue")} in {Plural(changes.Count, "file")}";

    /// <summary>Read-only as <c>chmod a-w</c> or the read-only attribute makes it: a file its owner has kept from changes.</summary>
    private static bool IsReadOnly(string path) =>
        OperatingSystem.IsWindows() ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly) : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);

    /// <summary>One block per story: its id, how it was found and its articles (paths as reports give them), each with the
    /// reason it is there. Articles alone in their story are listed last, with what kept them apart from the closest article.</summary>
    private int ListStories(ParseResult parse)
    {
        var (grouping, problems, articleProblems) = CheckRun.Stories(Request(parse));
        var stories = grouping.Stories.Where(s => s.IsExplicit || s.Members.Count > 1).ToList();
        foreach (var story in stories)
        {
            _output.WriteLine($"{story.Id} ({Plural(story.Members.Count, "article")}, {(story.IsExplicit ? "named" : "grouped by names")})");
            foreach (var member in story.Members) _output.WriteLine($"  {DisplayPath(member.Article.Article.Path)}: {member.Reason}");
        }
        var alone = grouping.Stories.Except(stories).SelectMany(s => s.Members).ToList();
        if (alone.Count > 0)
        {
            _output.WriteLine($"(alone: {Plural(alone.Count, "article")})");
            foreach (var member in alone) _output.WriteLine($"  {DisplayPath(member.Article.Article.Path)}: {member.Reason}");
        }
        foreach (var problem in problems) _error.WriteLine(MsBuildWriter.Format(problem, _baseDirectory));
        // As for check: an article that cannot be read is an error of that article (1), a broken configuration is 2.
        return problems.Except(articleProblems).Any(IsConfigurationError) ? ExitCodes.UsageOrConfiguration
            : articleProblems.Count > 0 ? ExitCodes.Errors
            : ExitCodes.Success;
    }

    /// <summary>The protocol owns standard input and output; the editor starts and stops the process, so this runs until the
    /// client's <c>exit</c> (0 after <c>shutdown</c>, 1 without it, as the protocol asks).</summary>
    private int ServeLanguage(ParseResult parse)
    {
        if (!System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault)
        {
            // The JSON-RPC layer serialises the protocol's messages by reflection, which the native executable does not have:
            // without this it would stop at the first message with no word said.
            _error.WriteLine("editorial: the language server needs the .NET tool (dotnet tool install Editorial.Cli); this native executable cannot run it.");
            return ExitCodes.UsageOrConfiguration;
        }
        var options = new ServerOptions(parse.GetValue(_outlet), parse.GetValue(_profiles) ?? [], _rules);
        return EditorialLanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), options).GetAwaiter().GetResult();
    }

    private int ListRules()
    {
        var descriptors = RuleCatalog.DescriptorsOf(_rules);
        var rows = descriptors.Select(d => new[] { d.Id, d.DefaultSeverity.ToConfigName(), d.Category, d.OffersFix ? "yes" : "-", d.Title, d.HelpLink }).ToList();
        WriteTable(["ID", "Severity", "Category", "Fix", "Title", "Help"], rows);
        return ExitCodes.Success;
    }

    private int ListProfiles(ParseResult parse)
    {
        var problems = new List<Diagnostic>();
        var sources = ArticleReader.ReadProfiles(ArticleDiscovery.ExpandProfiles(parse.GetValue(_profiles) ?? []), problems).ToList();
        var set = ProfileSet.Load(sources, RuleCatalog.VocabularyOf(_rules));
        problems.AddRange(set.Diagnostics);
        var rows = set.Profiles.Select(p => new[] { p.Name, p.Title, p.Locale ?? "-", string.Join(" -> ", p.Chain.Skip(1)) is { Length: > 0 } chain ? chain : "-" }).ToList();
        WriteTable(["Outlet", "Title", "Locale", "Extends"], rows);
        foreach (var problem in problems) _error.WriteLine(MsBuildWriter.Format(problem, _baseDirectory));
        return problems.Any(IsConfigurationError) ? ExitCodes.UsageOrConfiguration : ExitCodes.Success;
    }

    private CheckResult RunCheck(ParseResult parse) => RunWithProgress(Request(parse));

    /// <summary>The check, with a progress line on a terminal's standard error (never on a redirected one: logs and tests).</summary>
    private CheckResult RunWithProgress(CheckRequest request)
    {
        if (!_terminal.Progress) return CheckRun.Run(request);
        var progress = new ProgressLine(_error, request.Articles.Count);
        try
        {
            return CheckRun.Run(request, progress: progress);
        }
        finally
        {
            progress.Clear();
        }
    }

    /// <summary>A path as reports give it: relative to the base directory when it is under it.</summary>
    private string DisplayPath(string path) => ReportPaths.RelativeUnder(path, _baseDirectory) ?? path;

    /// <summary>Whether two paths name one file, also through a symbolic link (a link in a folder above it is not followed).</summary>
    private static bool SameFile(string a, string b) => string.Equals(RealPath.Of(a), RealPath.Of(b), StringComparison.Ordinal);

    private CheckRequest Request(ParseResult parse)
    {
        var paths = parse.GetValue(_paths) ?? [];
        var pathProblems = new List<Diagnostic>();
        return new CheckRequest(
            ArticleDiscovery.Expand(paths, pathProblems, new ArticleDefinition(parse.GetValue(_exclude), _baseDirectory)),
            ArticleDiscovery.ProfileFiles(parse.GetValue(_profiles) ?? [], paths),
            parse.GetValue(_outlet),
            Rules: _rules,
            PathProblems: pathProblems,
            ResultsCacheFile: parse.GetValue(_cache) is { } cache ? Path.GetFullPath(cache, _baseDirectory) : null,
            DefaultOutletSetting: _outlet.Name);
    }

    /// <summary>The article on standard input, named <paramref name="name"/> for its configuration and reports; the current
    /// folder is the checked folder, so its rules/ folder holds the project's profiles, as in <c>editorial check .</c>.</summary>
    private CheckRequest StandardInputRequest(ParseResult parse, string name)
    {
        var path = Path.GetFullPath(name, _baseDirectory);
        using var content = new MemoryStream();
        (_input ?? Console.OpenStandardInput()).CopyTo(content);
        return new CheckRequest(
            [path],
            ArticleDiscovery.ProfileFiles(parse.GetValue(_profiles) ?? [], [_baseDirectory]),
            parse.GetValue(_outlet),
            Rules: _rules,
            Contents: new Dictionary<string, ArticleContent>(StringComparer.Ordinal) { [path] = ArticleContent.FromBytes(content.ToArray()) },
            DefaultOutletSetting: _outlet.Name);
    }

    private static bool IsConfigurationError(Diagnostic diagnostic) =>
        diagnostic.Severity == Severity.Error && diagnostic.Descriptor.Category == RuleCategory.Configuration;

    /// <summary>An article that cannot be read or decoded is an error finding of that file (1); a broken configuration is 2.</summary>
    private static int ExitCode(CheckResult result) =>
        result.Diagnostics.Except(result.ArticleProblems).Any(IsConfigurationError) ? ExitCodes.UsageOrConfiguration
        : result.HasErrors ? ExitCodes.Errors
        : ExitCodes.Success;

    private static string Summary(CheckResult result, int baselined = 0)
    {
        int Count(Severity severity) => result.Diagnostics.Count(d => d.Severity == severity);
        var inBaseline = baselined > 0 ? $" ({baselined} more in the baseline)" : "";
        // A file that could not be read, decoded or taken whole is no checked file, but it is one the user named or a folder holds.
        var unreadable = result.ArticleProblems.Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Count();
        var notChecked = unreadable > 0 ? $" ({unreadable} more {(unreadable == 1 ? "path" : "paths")} could not be checked)" : "";
        return $"Checked {Plural(result.Files.Count, "file")}{notChecked}: {Plural(Count(Severity.Error), "error")}, {Plural(Count(Severity.Warning), "warning")}, {Plural(Count(Severity.Suggestion), "suggestion")}{inBaseline}.";
    }

    /// <summary>Said after the summary of a run that found nothing to check. Still a clean run, but paths that hold no article are
    /// more often a mistyped folder or an unknown file ending than a newsroom with nothing to check: it says what was looked for.</summary>
    private static string? NothingFound(CheckResult result) =>
        result.Files.Count == 0 && result.ArticleProblems.Count == 0
            ? "No article was found: folders are searched for " + string.Join(", ", Articles.ArticleFormats.Extensions.Keys)
              + " files; a project's own documents (README, LICENSE, CHANGELOG and the rest --help names), hidden and build folders,"
              + " and what .gitignore ignores are skipped."
            : null;

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private void WriteTable(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Line(string[] cells) => _output.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        Line(header);
        foreach (var row in rows) Line(row);
    }

    /// <summary>A file the CLI itself cannot write (the --output file), or an --outlet no profile names, is a usage problem. Any other exception is a fault in
    /// editorial, never a finding: it gets its own exit code and one line, with the stack trace only when EDITORIAL_DEBUG=1.</summary>
    private int Guarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or UnknownDefaultOutletException)
        {
            _error.WriteLine("editorial: " + exception.Message);
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception exception)
        {
            _error.WriteLine(Environment.GetEnvironmentVariable("EDITORIAL_DEBUG") == "1"
                ? $"editorial: internal error: {exception}"
                : $"editorial: internal error: {exception.GetType().Name}: {exception.Message} (set EDITORIAL_DEBUG=1 for the stack trace)");
            return ExitCodes.InternalError;
        }
    }
}
