using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;

namespace Editorial.Build.Tests;

/// <summary>
/// Registers the SDK's MSBuild with the test host before any code of this assembly touches a type of Microsoft.Build:
/// the assembly ships no MSBuild of its own (ExcludeAssets="runtime"), so the in-process tier builds with exactly the
/// MSBuild, SDK resolvers and targets that `dotnet build` uses. (So no public type of this assembly may mention an
/// MSBuild type: xunit reads those before any code runs.)
/// </summary>
internal static class MSBuildRegistration
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly: registration must precede the first Microsoft.Build type, whichever test runs first.")]
    internal static void Register()
    {
        MSBuildLocator.RegisterDefaults();
    }
}
