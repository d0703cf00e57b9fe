// Every query of birth registrations lives under one key: a step changes the lists and worklists as well.
export const BIRTH_REGISTRATIONS_KEY = ['birth-registrations'] as const
