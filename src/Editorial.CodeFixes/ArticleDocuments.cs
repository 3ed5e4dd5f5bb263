using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Editorial.CodeFixes;

/// <summary>Finding and changing the document of an article: an additional document of its project.</summary>
internal static class ArticleDocuments
{
    public static TextDocument? Find(Project project, string path) =>
        project.AdditionalDocuments.FirstOrDefault(d => string.Equals(d.FilePath, path, StringComparison.Ordinal));

    public static Solution WithText(Solution solution, TextDocument document, SourceText text) =>
        solution.WithAdditionalDocumentText(document.Id, text);
}
