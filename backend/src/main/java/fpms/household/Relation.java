package fpms.household;

/** A member's relation to the head of the household: 户主, 配偶, 子女, 父母, 孙子女, 兄弟姐妹, 其他. */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, SIBLING, OTHER
}
