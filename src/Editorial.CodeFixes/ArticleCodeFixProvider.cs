using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Editorial.Engine;
using Editorial.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Editorial.CodeFixes;

/// <summary>
/// Offers the engine's fix ("Use 'Zelenskyy' (Associated Press style)") for a finding in an article, an additional document of the project.
/// The edit comes from the diagnostic's properties, where the analyzer stored the engine's <see cref="Editorial.Diagnostics.Fix"/>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, LanguageNames.VisualBasic, Name = nameof(ArticleCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) })]
[Shared]
public sealed class ArticleCodeFixProvider : CodeFixProvider
{
    /// <summary>One equivalence key per diagnostic ID, so that "fix all" gathers every finding of that ID.</summary>
    internal const string EquivalenceKeyPrefix = "Editorial.Replace.";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = RuleCatalog.Descriptors.Select(d => d.Id).ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => ArticleFixAllProvider.Instance;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ArticleReplacement.From(diagnostic) is not { } replacement) continue;
            context.RegisterCodeFix(
                CodeAction.Create(replacement.Title,
                    cancellationToken => ApplyAsync(document, replacement, cancellationToken),
                    EquivalenceKeyPrefix + diagnostic.Id),
                diagnostic);
        }
        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(TextDocument document, ArticleReplacement replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var solution = document.Project.Solution;
        var fixedText = ArticleReplacement.Apply(text, [replacement]);
        return fixedText == text ? solution : ArticleDocuments.WithText(solution, document, fixedText);
    }
}
