"""Messages of the branch-office database: roles, actions, refusals, users, history, import."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- roles (PostgreSQL group roles) ------------------------------------------------------------
    "office.role.specialist": ("Channel specialist", "渠道专员"),
    "office.role.team_manager": ("Team manager", "团队经理"),
    "office.role.channel_dept": ("Dealer-channel department", "车商渠道主管部门"),
    "office.role.operations_claims": ("Customer operations / claims service", "个人客户运营部/理赔服务部"),
    "office.role.leadership": ("Branch leadership", "机构班子"),
    "office.role.admin": ("Administrator", "系统管理员"),
    # --- actions (rules.office.permissions.Action) -------------------------------------------------
    "office.action.see_branch": ("See every team's dealers", "查看全机构车商"),
    "office.action.edit_dealer": ("Edit dealer files", "编辑车商档案"),
    "office.action.assign_team": ("Assign dealers to teams", "分配车商所属团队"),
    "office.action.view_sensitive": ("Read key people's sensitive fields", "查看关键人物敏感信息"),
    "office.action.import_roster": ("Import rosters", "导入车商名录"),
    "office.action.edit_staff": ("Edit our staff", "维护我司人员"),
    "office.action.edit_settings": ("Edit negotiation and contract settings", "维护洽谈与合同设置"),
    "office.action.classify": ("Assess and classify targets", "目标分类"),
    "office.action.draft_policy": ("Draft and submit policies", "拟定并提交政策"),
    "office.action.approve_policy": ("Approve policies", "审批政策"),
    "office.action.prepare_strategy": ("Research strategy", "研究策略"),
    "office.action.arrange_meeting": ("Arrange meetings and materials", "商议约见与资料准备"),
    "office.action.choose_team": ("Choose our team", "确定人员"),
    "office.action.assign_work": ("Assign work", "分派任务"),
    "office.action.draft_contract": ("Draft contracts", "起草合同"),
    "office.action.sign_contract": ("Sign contracts", "签署合同"),
    "office.action.activate_contract": ("Put contracts in force", "合同生效"),
    "office.action.terminate_contract": ("Terminate contracts", "终止合同"),
    "office.action.manage_users": ("Manage users and roles", "管理用户与权限"),
    "office.action.verify_history": ("Verify the change history", "核验变更记录"),
}
