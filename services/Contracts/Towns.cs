namespace Frivillighed.Contracts;

// The municipality's towns (Faxe Kommune). Associations and facilities are each in one of them.
public static class Towns
{
    public static readonly IReadOnlyList<string> All =
        ["Haslev", "Faxe", "Faxe Ladeplads", "Rønnede", "Karise", "Dalby", "Terslev"];

    public static bool IsKnown(string town) => All.Contains(town);
}
