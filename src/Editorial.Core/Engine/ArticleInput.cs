using Editorial.Configuration;

namespace Editorial.Engine;

/// <summary>An article handed to the engine by a host: its path, its decoded text and the settings that apply to it.</summary>
public sealed record ArticleInput(string Path, string Text, ArticleSettings Settings);
