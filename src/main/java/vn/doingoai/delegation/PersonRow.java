package vn.doingoai.delegation;

/** A person in the people list, with the number of their trips (lượt) in the user's units. */
record PersonRow(Long id, String name, String organization, long trips) {}
