using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Profiles;

/// <summary>
/// A setting that code reads from a profile's <c>settings:</c>: its key, the values it takes (compared in any case), the
/// value that holds when the profile sets none (null: none is imposed, and the article's own majority decides), and what
/// it decides. The code that reads it declares it; the catalog's
/// vocabulary lists every declaration, a profile that sets another key or value gets ED9004 at its place, and the JSON
/// Schema of <c>rules/*.yml</c> is generated from the declarations.
/// </summary>
public sealed record ProfileSetting(string Key, IReadOnlyList<string> Values, string? Default, string Description)
{
    /// <summary>The profile's value, as it is written in <see cref="Values"/>, or <see cref="Default"/> when the profile sets
    /// none. A value outside <see cref="Values"/> was reported when the profile loaded (ED9004) and reads as the default.</summary>
    public string? ValueIn(OutletProfile profile) =>
        profile.GetSetting(Key) is { } value && Find(value) is { } allowed ? allowed : Default;

    public bool Allows(string value) => Find(value) is not null;

    private string? Find(string value) => Values.FirstOrDefault(allowed => string.Equals(allowed, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
