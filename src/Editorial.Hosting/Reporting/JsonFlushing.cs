using System.Text.Json;

namespace Editorial.Hosting.Reporting;

/// <summary>A <see cref="Utf8JsonWriter"/> over a stream holds everything it writes until it is flushed: a report of a
/// hundred thousand findings would be held whole, in memory, before the first byte left. The writers flush after a
/// finding once this much is waiting.</summary>
internal static class JsonFlushing
{
    private const int Threshold = 64 * 1024;

    public static void FlushWhenFull(this Utf8JsonWriter json)
    {
        if (json.BytesPending >= Threshold) json.Flush();
    }
}
