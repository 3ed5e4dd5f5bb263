using System.Text.RegularExpressions;
using System.Xml.Linq;
using Editorial.Hosting;

namespace Editorial.Cli.Tests;

/// <summary>Which files are articles: one definition for the CLI's folder search, kept equal to the build's default items.</summary>
public class ArticleDefinitionTests
{
    private const string Article = "The Kiev talks went on.\n";

    [Fact]
    public void A_folder_search_takes_article_extensions_in_any_case_and_skips_project_documents()
    {
        using var cli = new CliHarness();
        // The last three are articles whose names begin with a project document's: only the whole name before the extension is one.
        foreach (var name in (string[])["a.TXT", "b.Md", "README.TXT", "readme.md", "LICENSE.md", "CHANGELOG.txt", "Contributing.md", "README.en.md",
                     "SECURITY.md", "fonts/OFL.txt", "security-council-vote.txt", "support-for-ukraine.md", "history-of-the-port.txt"])
        {
            cli.Write("news/" + name, Article);
        }
        var outcome = cli.Run("check", "news");
        outcome.Lines.Select(line => line.Split('(')[0]).ShouldBe(
            ["news/a.TXT", "news/b.Md", "news/history-of-the-port.txt", "news/security-council-vote.txt", "news/support-for-ukraine.md"]);
    }

    [Fact]
    public void A_folder_search_takes_mdx_pages_and_reads_their_components_as_no_prose()
    {
        using var cli = new CliHarness();
        cli.Write("docs/guide.mdx", "import Note from './Note';\n\n<Note title=\"Kiev\">\nThe Kiev talks went on.\n</Note>\n");
        cli.Run("check", "docs").Lines.ShouldBe(
            ["docs/guide.mdx(4,5,4,9): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void A_readme_named_on_the_command_line_is_checked()
    {
        using var cli = new CliHarness();
        cli.Write("README.md", Article);
        cli.Run("check", "README.md").Lines.Length.ShouldBe(1);
    }

    [Fact]
    public void Exclude_globs_skip_matching_files_in_folders_and_on_the_command_line()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", Article);
        cli.Write("news/drafts/b.txt", Article);
        cli.Write("news/c.draft.md", Article);
        cli.Write("d.txt", Article);
        var outcome = cli.Run("check", "news", "d.txt", "--exclude", "news/drafts/**", "--exclude", "**/*.DRAFT.md", "--exclude", "d.txt");
        outcome.Lines.Select(line => line.Split('(')[0]).ShouldBe(["news/a.txt"]);
    }

    [Fact]
    public void An_editorconfig_exclusion_leaves_the_files_unread_and_a_bad_value_is_ED9006()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n[notes/**]\neditorial.exclude = true\n[drafts/**]\neditorial.exclude = maybe\n");
        cli.Write("a.txt", Article);
        cli.Write("notes/b.txt", Article);
        cli.Write("notes/c.txt", "\0 not text");
        cli.Write("drafts/d.txt", "The talks went on.\n");
        var lines = cli.Run("check", ".").Lines;
        // notes/c.txt, not text, would be ED9002 were it read; drafts/d.txt is checked (clean) and its setting is reported where it is set.
        lines.Select(line => line.Split('(')[0]).ShouldBe([".editorconfig", "a.txt"]);
        lines[0].ShouldContain("ED9006");
        lines[0].ShouldContain("true or false is expected");
    }

    [Fact]
    public void The_build_s_default_exclusions_name_the_same_project_documents_as_the_cli()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "src", "Editorial.Package", "build", "Editorial.targets"));
        var exclude = targets.Descendants().Single(e => e.Name.LocalName == "EditorialDefaultArticleExclude").Value;
        // "**/README.*", "**/Readme.*" and "**/readme.*": MSBuild's globs are case-sensitive on Linux, so each name is spelt three ways.
        var names = Regex.Matches(exclude, @"\*\*/([A-Za-z_-]+)\.\*(?:;|$)").Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        names.ShouldBe(ProjectLayout.ProjectDocumentNames.Order(StringComparer.OrdinalIgnoreCase), ignoreOrder: false);
    }

    [Fact]
    public void The_build_s_default_exclusions_skip_the_same_folders_as_the_cli()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "src", "Editorial.Package", "build", "Editorial.targets"));
        var exclude = targets.Descendants().Single(e => e.Name.LocalName == "EditorialDefaultArticleExclude").Value;
        var folders = Regex.Matches(exclude, @"(?:^|;)\*\*/([^/;*]+|\.\*)/\*\*(?=;|$)").Select(m => m.Groups[1].Value);
        // ".*": every hidden folder, as ProjectLayout.IsSkippedFolder takes them.
        folders.Order(StringComparer.Ordinal).ShouldBe(ProjectLayout.SkippedFolderNames.Append(".*").Order(StringComparer.Ordinal), ignoreOrder: false);
        ProjectLayout.IsSkippedFolder(".github").ShouldBeTrue();
    }

    [Fact]
    public void The_build_s_profiles_are_the_yaml_files_of_the_same_folder_as_the_cli_s()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "src", "Editorial.Package", "build", "Editorial.targets"));
        var include = targets.Descendants().Single(e => e.Name.LocalName == "EditorialProfileInclude").Value.Split(';');
        include.ShouldAllBe(glob => glob.StartsWith(ProjectLayout.ProfileFolderName + "/*.", StringComparison.Ordinal) && ProjectLayout.IsProfileName(glob));
        include.Length.ShouldBe(2);
    }

    [Fact]
    public void A_folder_search_skips_build_output_packages_and_hidden_folders_at_any_depth()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", Article);
        cli.Write("news/sub/bin/b.txt", Article);
        cli.Write("news/obj/c.txt", Article);
        cli.Write("news/.drafts/d.txt", Article);
        cli.Write("news/node_modules/e.txt", Article);
        // A Jekyll site's templates and the site it built, outside a git work tree too.
        cli.Write("news/_layouts/post.html", "<p>" + Article + "</p>\n");
        cli.Write("news/_includes/head.html", "<p>" + Article + "</p>\n");
        cli.Write("news/_site/a.html", "<p>" + Article + "</p>\n");
        cli.Write("news/_posts/2026-11-30-f.md", Article);
        var outcome = cli.Run("check", "news");
        outcome.Lines.Select(line => line.Split('(')[0]).ShouldBe(["news/_posts/2026-11-30-f.md", "news/a.txt"]);
    }

    [Fact]
    public void A_folder_search_in_a_git_work_tree_skips_what_its_gitignore_files_ignore_and_a_folder_named_is_searched_whole()
    {
        using var cli = new CliHarness();
        // A site whose built output (_site/) holds each article again as HTML, a draft pattern, and a folder's own .gitignore.
        Directory.CreateDirectory(cli.PathOf("site/.git"));
        cli.Write("site/.gitignore", "_site/\n*.draft.md\n");
        cli.Write("site/posts/a.md", Article);
        cli.Write("site/posts/b.draft.md", Article);
        cli.Write("site/_site/posts/a.html", "<p>" + Article + "</p>\n");
        cli.Write("site/desk/.gitignore", "notes.md\n");
        cli.Write("site/desk/notes.md", Article);
        cli.Write("site/desk/c.md", Article);
        cli.Run("check", "site").Lines.Select(line => line.Split('(')[0]).ShouldBe(["site/desk/c.md", "site/posts/a.md"]);
        // Named, an ignored folder or one inside it is searched whole, and an ignored file is checked.
        cli.Run("check", "site/_site", "site/posts/b.draft.md").Lines.Select(line => line.Split('(')[0])
            .ShouldBe(["site/_site/posts/a.html", "site/posts/b.draft.md"]);
        cli.Run("check", "site/_site/posts").Lines.Select(line => line.Split('(')[0]).ShouldBe(["site/_site/posts/a.html"]);
        // Outside a work tree a .gitignore file ignores nothing.
        cli.Write("loose/.gitignore", "*.md\n");
        cli.Write("loose/d.md", Article);
        cli.Run("check", "loose").Lines.Select(line => line.Split('(')[0]).ShouldBe(["loose/d.md"]);
    }

    [Fact]
    public void The_build_s_default_articles_have_the_same_extensions_as_the_cli()
    {
        var targets = XDocument.Load(Path.Combine(Repository.Root, "src", "Editorial.Package", "build", "Editorial.targets"));
        var include = targets.Descendants().Single(e => e.Name.LocalName == "EditorialArticleInclude").Value;
        // R Markdown's own spelling, .Rmd, is written beside .rmd: MSBuild's globs match case on Linux.
        var extensions = include.Split(';').Select(glob => Regex.Match(glob, @"^\*\*/\*(\.[A-Za-z]+)$").Groups[1].Value).ToList();
        extensions.ShouldNotContain("");
        extensions.Select(e => e.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(Articles.ArticleFormats.Extensions.Keys.Order(StringComparer.Ordinal), ignoreOrder: false);
    }
}
