using System;
using System.Collections.Generic;
using System.IO;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What an article keeps past <see cref="ReleaseProse"/> (metadata, paragraphs, quotations, suppressions, the spans of
/// others' words, links and markup, the page's layout, the readable view), written to a corpus summary (<see cref="Engine.CorpusSummaryFormat"/>) and read
/// back over the same text: an article whose summary is stored is not parsed again, and the cross-article pass and the
/// diagnostic sink read the restored article as they read a released one.
/// </summary>
public sealed partial class Article
{
    internal void WriteRetained(BinaryWriter writer)
    {
        writer.Write((int)Format);
        writer.Write(ReadsAsEnglish);
        writer.Write(Metadata.Count);
        foreach (var entry in Metadata)
        {
            writer.Write(entry.Key);
            writer.Write(entry.Value);
        }
        writer.Write(Paragraphs.Count);
        foreach (var paragraph in Paragraphs)
        {
            writer.WriteSpan(paragraph.Span);
            writer.Write(paragraph.IsHeading);
            writer.Write(paragraph.FirstSentence);
            writer.Write(paragraph.SentenceCount);
            writer.Write(paragraph.IsReproduced);
            writer.Write(paragraph.IsTableCell);
            writer.Write(paragraph.RepeatsTitle);
            writer.Write((byte)paragraph.Language);
        }
        writer.Write(Quotations.Count);
        foreach (var quotation in Quotations)
        {
            writer.WriteSpan(quotation.Span);
            writer.WriteSpan(quotation.ContentSpan);
            writer.Write(quotation.ParagraphIndex);
            writer.Write(quotation.OpeningMark);
            writer.Write(quotation.IsClosed);
            writer.Write(quotation.ContinuesPrevious);
            writer.Write(quotation.IsTerm);
        }
        WriteInts(writer, StrayClosingMarks);
        writer.Write(Problems.Count);
        foreach (var problem in Problems)
        {
            writer.WriteSpan(problem.Span);
            writer.Write(problem.Message);
            writer.Write((int)problem.Kind);
        }
        Suppressions.WriteSummary(writer);
        WriteSpans(writer, SingleQuotedStatementSpans);
        WriteSpans(writer, EmbeddedPostSpans);
        WriteSpans(writer, ExcerptSpans);
        WriteSpans(writer, TeaserListSpans);
        WriteSpans(writer, TranscriptSpans);
        WriteSpans(writer, TurnSpans);
        WriteSpans(writer, CitedSourceSpans);
        WriteSpans(writer, LocalFileLinkSpans);
        WriteSpans(writer, LinkTextSpans);
        WriteSpans(writer, PageLinkTextSpans);
        WriteSpans(writer, ImageBlocks);
        WriteSpans(writer, _noteBlocks);
        WriteSpans(writer, _slotUnits);
        WriteInts(writer, WidgetTextStarts);
        WriteInts(writer, EmptySlots);
        WriteInts(writer, _linesAfterHardBreaks);
        writer.Write(AppendedDocumentStart);
        WriteSpans(writer, _markupSpans);
        WriteSpans(writer, _htmlRegions);
        writer.WriteOptional(_readable);
    }

    /// <summary>The article of <paramref name="path"/> and the text <paramref name="readText"/> gives as <see cref="WriteRetained"/>
    /// wrote it: released (its tokens, sentences and prose text were never made); its text is read when first asked for.</summary>
    internal static Article ReadRetained(string path, Func<string> readText, BinaryReader reader)
    {
        var article = new Article(path, readText, (ArticleFormat)reader.ReadInt32()) { ReadsAsEnglish = reader.ReadBoolean() };
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = reader.ReadInt32(); count > 0; count--) metadata[reader.ReadString()] = reader.ReadString();
        article.Metadata = metadata;
        // The date was read when the article was first parsed; a stored one is read again by the same reader.
        var hasDateKey = metadata.TryGetValue("date", out var written);
        article.Date = DateOf(path, hasDateKey, hasDateKey && IsoDates.TryParseDate(written!, out var date) ? date : null);
        var paragraphs = new Paragraph[reader.ReadInt32()];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = new Paragraph(i, reader.ReadSpan(), reader.ReadBoolean(), reader.ReadInt32(), reader.ReadInt32()) { IsReproduced = reader.ReadBoolean(), IsTableCell = reader.ReadBoolean(), RepeatsTitle = reader.ReadBoolean(), Language = (ProseLanguage)reader.ReadByte() };
        }
        article.Paragraphs = paragraphs;
        var quotations = new Quotation[reader.ReadInt32()];
        for (var i = 0; i < quotations.Length; i++)
        {
            quotations[i] = new Quotation(reader.ReadSpan(), reader.ReadSpan(), reader.ReadInt32(), reader.ReadChar(), reader.ReadBoolean())
            {
                ContinuesPrevious = reader.ReadBoolean(),
                IsTerm = reader.ReadBoolean(),
            };
        }
        article.Quotations = quotations;
        article.StrayClosingMarks = ReadInts(reader);
        var problems = new ArticleProblem[reader.ReadInt32()];
        for (var i = 0; i < problems.Length; i++) problems[i] = new ArticleProblem(reader.ReadSpan(), reader.ReadString(), (ArticleProblemKind)reader.ReadInt32());
        article.Problems = problems;
        article.Suppressions = InlineSuppressions.ReadSummary(reader);
        article.SingleQuotedStatementSpans = ReadSpans(reader);
        article.EmbeddedPostSpans = ReadSpans(reader);
        article.ExcerptSpans = ReadSpans(reader);
        article.TeaserListSpans = ReadSpans(reader);
        article.TranscriptSpans = ReadSpans(reader);
        article.TurnSpans = ReadSpans(reader);
        article.CitedSourceSpans = ReadSpans(reader);
        article.LocalFileLinkSpans = ReadSpans(reader);
        article.LinkTextSpans = ReadSpans(reader);
        article.PageLinkTextSpans = ReadSpans(reader);
        article.ImageBlocks = ReadSpans(reader);
        article._noteBlocks = ReadSpans(reader);
        article._slotUnits = ReadSpans(reader);
        article.WidgetTextStarts = ReadInts(reader);
        article.EmptySlots = ReadInts(reader);
        article._linesAfterHardBreaks = ReadInts(reader);
        article.AppendedDocumentStart = reader.ReadInt32();
        article._markupSpans = ReadSpans(reader);
        article._htmlRegions = ReadSpans(reader);
        article._readable = reader.ReadOptional();
        return article;
    }

    private static void WriteSpans(BinaryWriter writer, IReadOnlyList<TextSpan> spans)
    {
        writer.Write(spans.Count);
        foreach (var span in spans) writer.WriteSpan(span);
    }

    private static TextSpan[] ReadSpans(BinaryReader reader)
    {
        var spans = new TextSpan[reader.ReadInt32()];
        for (var i = 0; i < spans.Length; i++) spans[i] = reader.ReadSpan();
        return spans;
    }

    private static void WriteInts(BinaryWriter writer, IReadOnlyList<int> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadInt32();
        return values;
    }
}
