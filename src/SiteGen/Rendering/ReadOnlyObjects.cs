using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>Builds the read-only Scriban objects templates see; read-only because one object is shared by pages rendered in parallel.</summary>
internal static class ReadOnlyObjects
{
    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var obj = new ScriptObject(members.Length);
        foreach (var (key, value) in members) obj.Add(key, value);
        obj.IsReadOnly = true;
        return obj;
    }

    public static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray(items.Cast<object?>());
        array.IsReadOnly = true;
        return array;
    }
}
