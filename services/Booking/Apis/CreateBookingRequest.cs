namespace Frivillighed.Booking.Apis;

// Date and times are local (Europe/Copenhagen). AssociationId: the association booking; staff may leave it out
// for the municipality's own use.
public sealed record CreateBookingRequest(Guid? FacilityId, Guid? AssociationId, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Activity)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (FacilityId is null)
        {
            errors[nameof(FacilityId)] = ["Say which facility to book."];
        }

        BookingValidation.Times(errors, Date, nameof(Date), Start, End);
        BookingValidation.Activity(errors, Activity);
        return errors;
    }
}
