using System.Diagnostics;

namespace Editorial.Cli;

/// <summary>
/// One line on a terminal's standard error, rewritten in place ("Checked 812 of 2,000 files…"), once a run has lasted a
/// second: a short run stays silent. <see cref="Clear"/> blanks it, so the summary and the reports start on a clean line.
/// </summary>
public sealed class ProgressLine(TextWriter error, int total, Func<TimeSpan>? elapsed = null) : IProgress<int>
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Func<TimeSpan> _elapsed = elapsed ?? StartClock();
    private readonly object _gate = new();
    private TimeSpan? _lastWrite;
    private int _width;

    private static Func<TimeSpan> StartClock()
    {
        var clock = Stopwatch.StartNew();
        return () => clock.Elapsed;
    }

    public void Report(int done)
    {
        lock (_gate)
        {
            var now = _elapsed();
            // Rewriting the line for each of thousands of articles would cost more than the check; ten times a second is live enough.
            if (now < Delay || now - _lastWrite < Interval) return;
            _lastWrite = now;
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Checked {done:N0} of {total:N0} files…");
            error.Write("\r" + text.PadRight(_width));
            _width = Math.Max(_width, text.Length);
            error.Flush();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            if (_width == 0) return;
            error.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
