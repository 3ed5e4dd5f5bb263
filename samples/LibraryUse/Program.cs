using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Profiles;

// A house profile, as a CMS would keep it: YAML in the format of the built-in profiles (rules/*.yml).
var profiles = ProfileSet.Load([new ProfileSource("rules/desk.yml", """
    name: desk
    title: Desk style
    extends: ap
    severities:
      ED1002: error
    """)], RuleCatalog.Vocabulary);

// One engine for the life of the service: it holds the profiles and the rules, and checks any number of articles.
var engine = new EditorialEngine(profiles);

// The path names the article in findings and chooses its format (.md reads front matter and Markdown; .txt is plain text).
var story = new ArticleInput(
    "desk/story.md",
    "---\noutlet: desk\n---\n# Talks resume\n\nPresident Zelensky said talks in Kiev would resume on Monday.\n",
    new ArticleSettings(defaultOutlet: "desk"));

foreach (var finding in engine.Check([story]))
{
    var at = finding.Location.LineSpan;
    Console.WriteLine($"{finding.Severity.ToConfigName()} {finding.Id} at {at.StartLine}:{at.StartColumn}: {finding.Message}");
    if (finding.Fix is { } fix) Console.WriteLine($"  fix: {fix.Title}: replace {fix.Edit.Span.Length} characters at {fix.Edit.Span.Start} with '{fix.Edit.NewText}'");
}
