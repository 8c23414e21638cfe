using System.Collections.Concurrent;
using System.Reflection;

namespace Renkei.Web.Features.Directory.Files;

/// <summary>A repeating group of an entry (会員種別, 役員, ...) as a sheet: one row per list row.</summary>
public abstract class SheetGroup
{
    protected SheetGroup(string key, IReadOnlyList<SheetColumn> columns)
    {
        Key = key;
        Columns = columns;
        (SheetName, SheetNameEn, MembersOnly) = DirectorySheetLayout.GroupLabel(key);
    }

    /// <summary>The list's key in <see cref="EntryFields"/> ("projects").</summary>
    public string Key { get; }
    /// <summary>The group's Japanese label, also the sheet's name (主な事業).</summary>
    public string SheetName { get; }
    public string SheetNameEn { get; }
    public bool MembersOnly { get; }
    public IReadOnlyList<SheetColumn> Columns { get; }

    public abstract IReadOnlyList<object> RowsOf(EntryContent content);
    public abstract object NewRow();
    public abstract void SetRows(EntryContent content, IEnumerable<object> rows);
}

public sealed class SheetGroup<T>(string key, Func<EntryContent, List<T>> get, Action<EntryContent, List<T>> set, params SheetColumn[] columns)
    : SheetGroup(key, columns) where T : class, new()
{
    public override IReadOnlyList<object> RowsOf(EntryContent content) => get(content);
    public override object NewRow() => new T();
    public override void SetRows(EntryContent content, IEnumerable<object> rows) => set(content, rows.Cast<T>().ToList());
}

/// <summary>
/// Reads and writes a field by its catalogue key ("staff.partTime", "annualFeeYen") on an entry or a row:
/// the key names the properties, so the layout cannot drift from <see cref="EntryContent"/> unnoticed
/// (an unknown key fails the first time the layout is used).
/// </summary>
public static class SheetValues
{
    static readonly ConcurrentDictionary<(Type, string), PropertyInfo[]> Paths = new();

    public static object? Get(object target, string key)
    {
        object? value = target;
        foreach (var p in Path(target.GetType(), key))
        {
            if (value is null) return null;
            value = p.GetValue(value);
        }
        return value;
    }

    /// <summary>Sets a value read from a cell: string, long, decimal or a list of codes, converted to the property's type.</summary>
    public static void Set(object target, string key, object? value)
    {
        var path = Path(target.GetType(), key);
        var owner = target;
        foreach (var p in path[..^1]) owner = p.GetValue(owner)!;
        var last = path[^1];
        var type = Nullable.GetUnderlyingType(last.PropertyType) ?? last.PropertyType;
        object? converted = value switch
        {
            null => type == typeof(List<string>) ? new List<string>() : null,
            long n when type == typeof(int) => checked((int)n),
            long n when type == typeof(decimal) => (decimal)n,
            decimal d when type == typeof(decimal) => d,
            _ => value,
        };
        last.SetValue(owner, converted);
    }

    public static Type TypeOf(Type owner, string key)
    {
        var last = Path(owner, key)[^1];
        return Nullable.GetUnderlyingType(last.PropertyType) ?? last.PropertyType;
    }

    static PropertyInfo[] Path(Type type, string key) => Paths.GetOrAdd((type, key), k =>
    {
        var props = new List<PropertyInfo>();
        var current = k.Item1;
        foreach (var part in k.Item2.Split('.'))
        {
            var p = current.GetProperty(char.ToUpperInvariant(part[0]) + part[1..], BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{current.Name} has no property for the key '{k.Item2}'.");
            props.Add(p);
            current = p.PropertyType;
        }
        return props.ToArray();
    });
}
