using Editorial.DocGen;
using Editorial.Engine;
using Editorial.Rules;

// Run from anywhere inside the repository; writes only the files whose generated parts changed.
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : RuleDocs.FindRepositoryRoot(Directory.GetCurrentDirectory());
var written = 0;
foreach (var file in RuleDocs.Generate(root, RuleCatalog.Descriptors, RuleCatalog.Vocabulary))
{
    var path = Path.Combine(root, file.RelativePath);
    if (File.Exists(path) && File.ReadAllText(path) == file.Text) continue;
    File.WriteAllText(path, file.Text);
    Console.WriteLine("wrote " + file.RelativePath);
    written++;
}
Console.WriteLine(written == 0 ? "rule docs are up to date" : $"{written} file(s) regenerated from the rule catalog");
