using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Editorial.CodeFixes;

/// <summary>
/// Fix all in document, project or solution for findings in articles. Roslyn's batch fixer merges changes of source documents
/// only; this provider gathers the findings of each article (additional document), applies all their replacements to it in one
/// edit, and does so for every article in scope.
/// </summary>
internal sealed class ArticleFixAllProvider : FixAllProvider
{
    public static ArticleFixAllProvider Instance { get; } = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var projects = context.Scope == FixAllScope.Solution ? context.Solution.Projects : [context.Project];
        var replacements = new List<(Project Project, ArticleReplacement Replacement)>();
        foreach (var project in projects)
        {
            foreach (var diagnostic in await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false))
            {
                if (ArticleReplacement.From(diagnostic) is { } replacement) replacements.Add((project, replacement));
            }
        }
        if (context.Scope == FixAllScope.Document)
        {
            // The public FixAllContext names a source document only; for an article (an additional document) it gives none,
            // and then the article the fix was invoked in cannot be told apart: fix nothing rather than more than asked.
            if (context.Document?.FilePath is not { } path) return null;
            replacements.RemoveAll(entry => entry.Replacement.Path != path);
        }
        if (replacements.Count == 0) return null;
        var title = context.Scope switch
        {
            FixAllScope.Document => "Fix all in article",
            FixAllScope.Project => "Fix all in project's articles",
            _ => "Fix all in solution's articles",
        };
        return CodeAction.Create(title, async cancellationToken =>
        {
            var solution = context.Solution;
            foreach (var group in replacements.GroupBy(entry => (entry.Project.Id, entry.Replacement.Path)))
            {
                var document = ArticleDocuments.Find(solution.GetProject(group.Key.Id)!, group.Key.Path);
                if (document is null) continue;
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var fixedText = ArticleReplacement.Apply(text, group.Select(entry => entry.Replacement));
                if (fixedText != text) solution = ArticleDocuments.WithText(solution, document, fixedText);
            }
            return solution;
        }, context.CodeActionEquivalenceKey);
    }
}
