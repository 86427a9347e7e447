namespace Frivillighed.Associations.Model;

// The Danish company register number: 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.
public static class CvrNumber
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2, 1];

    public static bool IsValid(string? value) =>
        value is { Length: 8 }
        && value.All(char.IsAsciiDigit)
        && value[0] != '0'
        && value.Select((digit, i) => (digit - '0') * Weights[i]).Sum() % 11 == 0;
}
