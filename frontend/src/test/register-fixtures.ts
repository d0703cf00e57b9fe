// Register data for the tests: the org tree of 文昌镇 and persons and households as the API sends them.
import type { HouseholdDetail, OrgUnitNode, PersonView } from '../api/types'

const unit = (id: number, parentId: number | undefined, name: string, level: OrgUnitNode['level'],
  children: OrgUnitNode[] = []): OrgUnitNode => ({ id, parentId, code: `64${id}`, name, level, path: `/${id}/`, version: 0, children })

export const TOWN_TREE = unit(4, undefined, '文昌镇', 'TOWN', [unit(5, 4, '黑林村', 'VILLAGE'), unit(6, 4, '东台村', 'VILLAGE')])

export function personView(patch: Partial<PersonView> = {}): PersonView {
  return {
    id: 1203, name: '马秀英', sex: 'FEMALE', birthDate: '1990-03-07', age: 36,
    idNumber: '640502********1226', phone: '139****1234', orgUnitId: 5, householdId: 1001, relation: 'SPOUSE',
    residenceStatus: 'REGISTERED', childbearingAge: true, alive: true, status: 'ACTIVE', version: 0,
    ...patch,
  }
}

export function householdDetail(): HouseholdDetail {
  return {
    household: {
      id: 1001, orgUnitId: 5, code: 'HL-0012', address: '黑林村三组12号', type: 'REGISTERED',
      headId: 1202, headName: '马建国', status: 'ACTIVE', memberCount: 2, version: 4,
    },
    members: [
      personView({ id: 1202, name: '马建国', sex: 'MALE', relation: 'HEAD', idNumber: '640502********1213', childbearingAge: false }),
      personView(),
    ],
    history: [
      { personId: 1202, personName: '马建国', relation: 'HEAD', joinedOn: '2018-07-01', joinedBy: 'CREATE' },
      { personId: 1203, personName: '马秀英', relation: 'SPOUSE', joinedOn: '2018-07-01', joinedBy: 'ADD' },
    ],
  }
}

export function path(request: Request): string {
  return new URL(request.url).pathname
}
