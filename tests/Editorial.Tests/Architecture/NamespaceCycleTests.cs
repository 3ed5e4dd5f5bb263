using System.Reflection;
using System.Reflection.Emit;

namespace Editorial.Tests.Architecture;

/// <summary>
/// The engine's namespaces form layers: no namespace of Editorial.Core depends, directly or through others, on one that
/// depends on it. Dependencies are read from the compiled assembly, not from <c>using</c> lines: base types, interfaces,
/// fields, properties, method signatures, and every type, method and field a method body refers to (its IL), so a fully
/// qualified name or a type of the enclosing namespace counts too. Compiler-generated types (lambdas, iterators) belong to
/// the type that declares them.
/// </summary>
public class NamespaceCycleTests
{
    private static readonly Assembly Core = typeof(AnalyzedArticle).Assembly;

    [Fact]
    public void Core_has_no_namespace_cycle()
    {
        var edges = Dependencies();
        var cycles = StronglyConnected(edges).Where(component => component.Count > 1).ToList();
        var description = string.Join("\n", cycles.Select(component => string.Join(" <-> ", component.Order(StringComparer.Ordinal)) + ":\n" + string.Join("\n",
            edges.Where(e => component.Contains(e.Key.From) && component.Contains(e.Key.To)).Select(e => $"  {e.Key.From} -> {e.Key.To} ({e.Value})"))));
        cycles.ShouldBeEmpty(description);
    }

    /// <summary>Each dependency between two namespaces of the engine, with one example ("type uses type").</summary>
    private static Dictionary<(string From, string To), string> Dependencies()
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in Core.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null) continue;
            foreach (var used in UsedTypes(type))
            {
                var to = NamespaceOf(used);
                if (to is null || to == from) continue;
                edges.TryAdd((from, to), $"{Outermost(type).Name} uses {Outermost(used).Name}");
            }
        }
        return edges;
    }

    private static string? NamespaceOf(Type type)
    {
        while (type.IsArray || type.IsByRef || type.IsPointer) type = type.GetElementType()!;
        if (type.IsGenericParameter || type.Assembly != Core) return null;
        return Outermost(type).Namespace;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            found.Add(t);
            if (t.IsGenericType && !t.IsGenericTypeDefinition) foreach (var argument in t.GetGenericArguments()) Add(argument);
            if (t.HasElementType) Add(t.GetElementType());
        }
        Add(type.BaseType);
        foreach (var implemented in type.GetInterfaces()) Add(implemented);
        foreach (var field in type.GetFields(Declared)) Add(field.FieldType);
        foreach (var property in type.GetProperties(Declared)) Add(property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) Add(info.ReturnType);
            foreach (var parameter in method.GetParameters()) Add(parameter.ParameterType);
            foreach (var member in MembersInBody(type, method))
            {
                Add(member as Type ?? member.DeclaringType);
                if (member is FieldInfo field) Add(field.FieldType);
                if (member is MethodInfo called) Add(called.ReturnType);
            }
        }
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The members a method's IL refers to by token (calls, field loads, type tests, <c>typeof</c>, <c>ldtoken</c>).</summary>
    private static IEnumerable<MemberInfo> MembersInBody(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var position = 0; position < il.Length;)
        {
            short value = il[position++];
            if (value == 0xFE) value = (short)(0xFE00 | il[position++]);
            var code = OpCodesByValue[value];
            var operandSize = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                MemberInfo? member;
                try { member = type.Module.ResolveMember(token, typeArguments, methodArguments); }
                catch (ArgumentException) { member = null; }
                if (member is not null) yield return member;
            }
            position += operandSize;
        }
    }

    /// <summary>Tarjan's strongly connected components of the namespace graph.</summary>
    private static List<HashSet<string>> StronglyConnected(Dictionary<(string From, string To), string> edges)
    {
        var next = edges.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<HashSet<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(target))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target)) low[node] = Math.Min(low[node], index[target]);
            }
            if (low[node] != index[node]) return;
            var component = new HashSet<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            components.Add(component);
        }
        foreach (var node in nodes) if (!index.ContainsKey(node)) Visit(node);
        return components;
    }
}
