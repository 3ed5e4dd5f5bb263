using System.Text;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Profiles;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Editorial.DocGen;

/// <summary>
/// The parts of the rule documentation that the catalog decides, so that they are written once, in the descriptors:
/// each <c>docs/rules/&lt;ID&gt;.md</c> page's header block (title line and the table of category, default severity,
/// scope, fix and the precision the evaluation measured) and the README's rule table; and the profile schema, from the settings and lists the rules declare. The prose below a page's header, and around the README table, is
/// hand-written and kept as it is.
/// </summary>
public static class RuleDocs
{
    public const string RegenerateCommand = "dotnet run --project tools/Editorial.DocGen";

    public const string ReadmeTableStart =
        "<!-- Generated from the rule catalog by `" + RegenerateCommand + "`: change the descriptors, not this table. -->";
    public const string ReadmeTableEnd = "<!-- End of the generated rule table. -->";

    public const string ReadmePath = "README.md";

    public static string PagePath(DiagnosticDescriptor descriptor) => "docs/rules/" + descriptor.Id + ".md";

    public sealed record GeneratedFile(string RelativePath, string Text);

    /// <summary>Markdown as the generated pages and the evaluation's results tables are written: with pipe tables.</summary>
    internal static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Each documentation file as it should read: the files on disk with their generated parts replaced, and the
    /// profile schema (<see cref="ProfileSchema"/>), generated whole.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(string repositoryRoot, IReadOnlyList<DiagnosticDescriptor> descriptors, ProfileVocabulary vocabulary)
    {
        var measured = MeasuredPrecision.Parse(ReadRequired(repositoryRoot, MeasuredPrecision.DevResultsPath),
            ReadRequired(repositoryRoot, MeasuredPrecision.TestResultsPath), ReadRequired(repositoryRoot, MeasuredPrecision.FreshResultsPath));
        var files = descriptors
            .Select(descriptor => new GeneratedFile(PagePath(descriptor),
                WithPageHeader(ReadRequired(repositoryRoot, PagePath(descriptor)), descriptor, measured.Describe(descriptor.Id))))
            .ToList();
        files.Add(new GeneratedFile(ReadmePath, WithReadmeTable(ReadRequired(repositoryRoot, ReadmePath), descriptors)));
        files.Add(new GeneratedFile(ProfileSchema.Path, ProfileSchema.Generate(vocabulary)));
        return files;
    }

    private static readonly ISet<string> CrossArticleIds = RuleCatalog.CrossArticleIds(RuleCatalog.Rules);

    /// <summary>The title line and the table of category, default severity, scope, fix and, for a rule the evaluation measures,
    /// its <paramref name="measuredPrecision"/> (<see cref="MeasuredPrecision.Describe"/>).</summary>
    public static string PageHeader(DiagnosticDescriptor descriptor, string? measuredPrecision = null)
    {
        var header = new StringBuilder()
            .Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append('\n')
            .Append('\n')
            .Append("| | |\n")
            .Append("|---|---|\n")
            .Append("| Category | ").Append(descriptor.Category).Append(" |\n")
            .Append("| Default severity | ").Append(descriptor.DefaultSeverity.ToConfigName()).Append(" |\n");
        // Input and configuration problems are not rules of the copy: they have no scope to choose and nothing to fix.
        if (descriptor.Category != RuleCategory.Configuration)
        {
            header.Append("| Scope | ").Append(CrossArticleIds.Contains(descriptor.Id)
                ? "the checked set (cross-article: runs in builds and `editorial check`, not live)"
                : "one article (runs live in the editor)").Append(" |\n");
            header.Append("| Fix | ").Append(!descriptor.OffersFix ? "none" : descriptor.Fix is null ? "yes" : "yes: " + descriptor.Fix).Append(" |\n");
        }
        if (measuredPrecision is not null) header.Append("| Measured precision | ").Append(measuredPrecision).Append(" |\n");
        return header.ToString();
    }

    public static string ReadmeTable(IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var table = new StringBuilder()
            .Append("| ID | category | default | what it finds |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var descriptor in descriptors)
        {
            table.Append("| [").Append(descriptor.Id).Append("](").Append(PagePath(descriptor)).Append(") | ")
                .Append(descriptor.Category).Append(" | ")
                .Append(descriptor.DefaultSeverity.ToConfigName()).Append(" | ")
                .Append(descriptor.Title).Append(" |\n");
        }
        return table.ToString();
    }

    /// <summary>The page with its header block (the title heading and the table right after it) generated, and the
    /// hand-written rest as it was.</summary>
    public static string WithPageHeader(string page, DiagnosticDescriptor descriptor, string? measuredPrecision = null)
    {
        var blocks = Markdig.Markdown.Parse(page, Markdown);
        if (blocks.Count == 0 || blocks[0] is not HeadingBlock { Level: 1 } heading)
        {
            throw new InvalidDataException($"{PagePath(descriptor)} must open with its '# {descriptor.Id}: ...' heading.");
        }
        var headerEnd = blocks.Count > 1 && blocks[1] is Table table ? table.Span.End + 1 : heading.Span.End + 1;
        var body = page.Substring(headerEnd).TrimStart('\r', '\n');
        return PageHeader(descriptor, measuredPrecision) + "\n" + body;
    }

    /// <summary>The README with the text between its two rule-table markers generated.</summary>
    public static string WithReadmeTable(string readme, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        var start = readme.IndexOf(ReadmeTableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(ReadmeTableEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"{ReadmePath} must hold the rule table between the lines '{ReadmeTableStart}' and '{ReadmeTableEnd}'.");
        }
        var tableStart = start + ReadmeTableStart.Length;
        // Blank lines around the table, so that no Markdown reader takes a marker for a table row.
        return readme.Substring(0, tableStart) + "\n\n" + ReadmeTable(descriptors) + "\n" + readme.Substring(end);
    }

    public static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Editorial.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Editorial.sln not found above " + start);
    }

    private static string ReadRequired(string repositoryRoot, string relativePath)
    {
        var path = Path.Combine(repositoryRoot, relativePath);
        // The generator writes a page's header, never its body: a rule without a page needs one written by hand first.
        if (!File.Exists(path)) throw new FileNotFoundException($"{relativePath} does not exist: write the page (what the rule reports, examples, configuration), then run `{RegenerateCommand}`.", path);
        return File.ReadAllText(path);
    }
}
