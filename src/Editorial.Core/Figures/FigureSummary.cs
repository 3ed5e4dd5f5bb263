using System;
using System.Collections.Generic;
using System.IO;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>An article's figures (<see cref="ArticleFigures"/>) in a corpus summary (<see cref="Engine.CorpusSummaryFormat"/>): every
/// figure, and each counted one with its key, phrase, source and timing, as the cross-article rules compare them.</summary>
internal static class FigureSummary
{
    public static readonly SummaryCodec Codec = SummaryCodec.For<ArticleFigures>("figures/7", Write, Read);

    private static void Write(BinaryWriter writer, ArticleFigures figures, AnalyzedArticle article)
    {
        var indexes = new Dictionary<Figure, int>();
        writer.Write(figures.Figures.Count);
        foreach (var figure in figures.Figures)
        {
            indexes[figure] = indexes.Count;
            WriteFigure(writer, figure);
        }
        writer.Write(figures.FirstUnread is { } unread ? indexes[unread] : -1);
        writer.Write(figures.Counted.Count);
        foreach (var counted in figures.Counted)
        {
            writer.Write(indexes[counted.Figure]);
            WriteInterval(writer, counted.Interval);
            writer.Write(counted.IsInOpening);
            writer.Write(counted.IsInHeadline);
            writer.Write((int)counted.Mode);
            WriteKey(writer, counted.Key);
            writer.WriteSpan(counted.Phrase);
            writer.Write(counted.PhraseText);
            writer.Write(counted.Text);
            writer.WriteOptional(counted.Source);
            writer.Write(counted.Timing.IsRevision);
            writer.Write(counted.Timing.Rises);
            writer.Write(counted.Timing.Stamp.HasValue);
            if (counted.Timing.Stamp is { } stamp) writer.Write(stamp.Ticks);
        }
    }

    private static ArticleFigures Read(BinaryReader reader, AnalyzedArticle article)
    {
        var figures = new Figure[reader.ReadInt32()];
        for (var i = 0; i < figures.Length; i++) figures[i] = ReadFigure(reader);
        var unread = reader.ReadInt32();
        var counted = new CountedFigure[reader.ReadInt32()];
        for (var i = 0; i < counted.Length; i++)
        {
            var figure = figures[reader.ReadInt32()];
            var interval = ReadInterval(reader);
            var (isInOpening, isInHeadline, mode) = (reader.ReadBoolean(), reader.ReadBoolean(), (FigureMode)reader.ReadInt32());
            var key = ReadKey(reader);
            var phrase = reader.ReadSpan();
            var phraseText = reader.ReadString();
            var text = reader.ReadString();
            var source = reader.ReadOptional();
            var (isRevision, rises) = (reader.ReadBoolean(), reader.ReadBoolean());
            TimeSpan? stamp = reader.ReadBoolean() ? new TimeSpan(reader.ReadInt64()) : null;
            var timing = !isRevision && stamp is null ? FigureTiming.Unstated : new FigureTiming(isRevision, stamp, rises);
            counted[i] = new CountedFigure(figure, key, phrase, phraseText, source, timing)
            {
                Interval = interval,
                IsInOpening = isInOpening,
                IsInHeadline = isInHeadline,
                Mode = mode,
                Text = text,
            };
        }
        return new ArticleFigures(figures, counted, unread < 0 ? null : figures[unread]);
    }

    private static void WriteFigure(BinaryWriter writer, Figure figure)
    {
        writer.Write((int)figure.Kind);
        writer.WriteSpan(figure.Span);
        writer.Write(figure.Text);
        writer.Write(figure.Value);
        WriteInterval(writer, figure.Interval);
        writer.Write((int)figure.Hedge);
        writer.WriteOptional(figure.Unit);
        writer.Write(figure.FirstToken);
        writer.Write(figure.LastToken);
        writer.Write(figure.NumberFirstToken);
        writer.Write(figure.NumberLastToken);
        writer.Write(figure.SentenceIndex);
    }

    private static Figure ReadFigure(BinaryReader reader) => new((FigureKind)reader.ReadInt32(), reader.ReadSpan(), reader.ReadString(),
        reader.ReadDouble(), ReadInterval(reader), (Hedge)reader.ReadInt32(), reader.ReadOptional(), reader.ReadInt32(), reader.ReadInt32(),
        reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteInterval(BinaryWriter writer, Interval interval)
    {
        writer.Write(interval.Low);
        writer.Write(interval.High);
        writer.Write(interval.LowInclusive);
        writer.Write(interval.HighInclusive);
    }

    private static Interval ReadInterval(BinaryReader reader) => new(reader.ReadDouble(), reader.ReadDouble(), reader.ReadBoolean(), reader.ReadBoolean());

    private static void WriteKey(BinaryWriter writer, QuantityKey key)
    {
        writer.Write(key.Counted);
        writer.Write(key.Event);
        writer.Write(key.IsSeries);
        writer.WriteStrings(key.Places);
        writer.WriteStrings(key.Sites);
        writer.WriteStrings(key.Days);
        writer.WriteStrings(key.Names);
        writer.WriteOptional(key.Scope);
        writer.WriteOptional(key.Period);
        writer.WriteOptional(key.Setting);
        writer.Write(key.SharedNamesNeeded);
        writer.Write(key.IsSpecific);
        writer.WriteStrings(key.StoryPlaces);
        writer.Write(key.OpensOtherOccasion);
        writer.Write(key.IsHeldByCommonNoun);
        writer.WriteOptional(key.Agent);
        writer.Write(key.Amount is not null);
        if (key.Amount is not { } amount) return;
        writer.WriteStrings(amount.Qualifiers);
        writer.WriteStrings(amount.Times);
        writer.Write(amount.IsIndefinite);
        writer.Write(amount.IsExpected);
    }

    private static QuantityKey ReadKey(BinaryReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadBoolean(),
        reader.ReadStringSet(), reader.ReadStringSet(), reader.ReadStringSet(), reader.ReadStringSet(), reader.ReadOptional(), reader.ReadOptional(),
        reader.ReadOptional(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadStringSet(), reader.ReadBoolean(),
        isHeldByCommonNoun: reader.ReadBoolean(), agent: reader.ReadOptional(), amount: ReadAmount(reader));

    private static AmountAnchors? ReadAmount(BinaryReader reader) => reader.ReadBoolean()
        ? new AmountAnchors(reader.ReadStringSet(), reader.ReadStringSet(), reader.ReadBoolean(), reader.ReadBoolean())
        : null;
}
