package vn.camket.parse;

/** An agency as listed in {@code data/agencies.tsv}: its canonical name and today's agency after the 2025 mergers. */
public record Agency(String name, String today) {
    /** A provincial department ("Sở …"). */
    public boolean isDepartment() {
        return name.startsWith("Sở ");
    }

    /** A group named in general ("Các sở, ban, ngành", "Các địa phương"), not one agency. */
    public boolean isGeneral() {
        return name.startsWith("Các ");
    }

    /** Local government of a level ("Ủy ban nhân dân cấp xã"), by whatever name the plan gives it ("… các xã, phường"). */
    public boolean isLocalGovernment() {
        return today.startsWith("Ủy ban nhân dân cấp");
    }
}
