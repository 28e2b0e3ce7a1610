package vn.doingoai.delegation;

import java.util.List;
import java.util.Map;

/** A person's page: who they are, their trips (newest first), and the number of trips per year. */
record PersonView(
        Long id, String name, String organization, List<DelegationData> trips, Map<Integer, Long> tripsPerYear) {}
