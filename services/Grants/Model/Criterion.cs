namespace Frivillighed.Grants.Model;

// One assessment criterion of a pool; weights are relative (a weighted total divides by their sum).
public sealed class Criterion
{
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public decimal Weight { get; set; }
}
