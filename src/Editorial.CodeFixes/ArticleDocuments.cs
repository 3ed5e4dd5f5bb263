using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Editorial.CodeFixes;

/// <summary>Finding and changing the document of an article: an additional document (the usual case) or any other text document.</summary>
internal static class ArticleDocuments
{
    public static TextDocument? Find(Project project, string path) =>
        (TextDocument?)project.AdditionalDocuments.FirstOrDefault(d => SamePath(d.FilePath, path))
        ?? project.Documents.FirstOrDefault(d => SamePath(d.FilePath, path));

    public static Solution WithText(Solution solution, TextDocument document, SourceText text) => document switch
    {
        Document source => solution.WithDocumentText(source.Id, text),
        _ when solution.GetAdditionalDocument(document.Id) is not null => solution.WithAdditionalDocumentText(document.Id, text),
        _ => solution.WithAnalyzerConfigDocumentText(document.Id, text),
    };

    private static bool SamePath(string? documentPath, string path) =>
        documentPath is not null && string.Equals(documentPath, path, StringComparison.Ordinal);
}
