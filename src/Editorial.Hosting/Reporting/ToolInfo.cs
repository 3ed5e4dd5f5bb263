using System.Reflection;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>The engine's version as reports name it (SARIF's driver, the JSON report's tool): the package version the build stamps.</summary>
public static class ToolInfo
{
    public static string Version { get; } =
        typeof(DiagnosticDescriptor).GetTypeInfo().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(DiagnosticDescriptor).GetTypeInfo().Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
