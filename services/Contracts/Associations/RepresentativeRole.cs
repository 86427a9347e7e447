namespace Frivillighed.Contracts.Associations;

public enum RepresentativeRole
{
    Chair,
    Treasurer,
    BookingContact,
    Member,
}
