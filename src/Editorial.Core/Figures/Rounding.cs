using System;

namespace Editorial.Figures;

/// <summary>What a round whole number stands for: "2,200" for 2,150 to 2,250, "40 miles" for 35 to 45.</summary>
internal static class Rounding
{
    /// <summary>
    /// Half the place of the last non-zero digit of a round whole number from <paramref name="minimum"/> on ("2,200": 50),
    /// at most <paramref name="cap"/> of the value, so that "1,000" is not read as anything from 500 to 1,500; 0 for a number
    /// below the minimum, with a fraction, or not round (its last digit is not zero).
    /// </summary>
    public static double HalfStep(double value, double minimum, double cap)
    {
        if (value < minimum || value != Math.Floor(value)) return 0;
        var step = 1.0;
        while (value % (step * 10) == 0) step *= 10;
        return step >= 10 ? Math.Min(step / 2, value * cap) : 0;
    }
}
