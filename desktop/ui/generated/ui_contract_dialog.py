# Generated from forms/contract_dialog.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_ContractDialog(object):
    def setupUi(self, ContractDialog):
        if not ContractDialog.objectName():
            ContractDialog.setObjectName(u"ContractDialog")
        ContractDialog.resize(900, 680)
        self.main_layout = QVBoxLayout(ContractDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setProperty(u"stretch", u"0,0,1,0")
        self.warnings_label = QLabel(ContractDialog)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)

        self.main_layout.addWidget(self.warnings_label)

        self.locked_label = QLabel(ContractDialog)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setWordWrap(True)

        self.main_layout.addWidget(self.locked_label)

        self.tabs = QTabWidget(ContractDialog)
        self.tabs.setObjectName(u"tabs")
        self.contract_tab = QWidget()
        self.contract_tab.setObjectName(u"contract_tab")
        self.contract_outer = QVBoxLayout(self.contract_tab)
        self.contract_outer.setObjectName(u"contract_outer")
        self.contract_fields = QWidget(self.contract_tab)
        self.contract_fields.setObjectName(u"contract_fields")
        self.contract_form = QFormLayout(self.contract_fields)
        self.contract_form.setObjectName(u"contract_form")
        self.contract_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.contract_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.contract_form.setContentsMargins(0, 0, 0, 0)
        self.number_caption_label = QLabel(self.contract_fields)
        self.number_caption_label.setObjectName(u"number_caption_label")

        self.contract_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_caption_label)

        self.number_label = QLabel(self.contract_fields)
        self.number_label.setObjectName(u"number_label")
        self.number_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.contract_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_label)

        self.status_caption_label = QLabel(self.contract_fields)
        self.status_caption_label.setObjectName(u"status_caption_label")

        self.contract_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_caption_label)

        self.status_label = QLabel(self.contract_fields)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.contract_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_label)

        self.kind_label = QLabel(self.contract_fields)
        self.kind_label.setObjectName(u"kind_label")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.contract_fields)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setMaximumSize(QSize(320, 16777215))

        self.contract_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.start_label = QLabel(self.contract_fields)
        self.start_label.setObjectName(u"start_label")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QDateEdit(self.contract_fields)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setMaximumSize(QSize(150, 16777215))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.start_edit.setSpecialValueText(u"")
        self.start_edit.setMinimumDate(QDate(1900, 1, 1))

        self.contract_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(self.contract_fields)
        self.end_label.setObjectName(u"end_label")

        self.contract_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = QDateEdit(self.contract_fields)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setMaximumSize(QSize(150, 16777215))
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.end_edit.setSpecialValueText(u"")
        self.end_edit.setMinimumDate(QDate(1900, 1, 1))

        self.contract_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.qualification_no_label = QLabel(self.contract_fields)
        self.qualification_no_label.setObjectName(u"qualification_no_label")

        self.contract_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.qualification_no_label)

        self.qualification_no_edit = QLineEdit(self.contract_fields)
        self.qualification_no_edit.setObjectName(u"qualification_no_edit")
        self.qualification_no_edit.setMaximumSize(QSize(320, 16777215))

        self.contract_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.qualification_no_edit)

        self.qualification_expiry_label = QLabel(self.contract_fields)
        self.qualification_expiry_label.setObjectName(u"qualification_expiry_label")

        self.contract_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.qualification_expiry_label)

        self.qualification_expiry_edit = QDateEdit(self.contract_fields)
        self.qualification_expiry_edit.setObjectName(u"qualification_expiry_edit")
        self.qualification_expiry_edit.setMaximumSize(QSize(150, 16777215))
        self.qualification_expiry_edit.setCalendarPopup(True)
        self.qualification_expiry_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.qualification_expiry_edit.setSpecialValueText(u"")
        self.qualification_expiry_edit.setMinimumDate(QDate(1900, 1, 1))

        self.contract_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.qualification_expiry_edit)

        self.note_label = QLabel(self.contract_fields)
        self.note_label.setObjectName(u"note_label")

        self.contract_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(self.contract_fields)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMinimumSize(QSize(0, 72))
        self.note_edit.setMaximumSize(QSize(640, 96))
        self.note_edit.setTabChangesFocus(True)

        self.contract_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.links_label = QLabel(self.contract_fields)
        self.links_label.setObjectName(u"links_label")
        self.links_label.setWordWrap(True)
        self.links_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.contract_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.links_label)


        self.contract_outer.addWidget(self.contract_fields)

        self.contract_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contract_outer.addItem(self.contract_spacer)

        self.tabs.addTab(self.contract_tab, "")
        self.parties_tab = QWidget()
        self.parties_tab.setObjectName(u"parties_tab")
        self.parties_outer = QVBoxLayout(self.parties_tab)
        self.parties_outer.setObjectName(u"parties_outer")
        self.branch_box = QGroupBox(self.parties_tab)
        self.branch_box.setObjectName(u"branch_box")
        self.branch_form = QFormLayout(self.branch_box)
        self.branch_form.setObjectName(u"branch_form")
        self.branch_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.branch_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.branch_name_label = QLabel(self.branch_box)
        self.branch_name_label.setObjectName(u"branch_name_label")

        self.branch_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branch_name_label)

        self.branch_name_edit = QLineEdit(self.branch_box)
        self.branch_name_edit.setObjectName(u"branch_name_edit")

        self.branch_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branch_name_edit)

        self.branch_uscc_label = QLabel(self.branch_box)
        self.branch_uscc_label.setObjectName(u"branch_uscc_label")

        self.branch_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.branch_uscc_label)

        self.branch_uscc_edit = QLineEdit(self.branch_box)
        self.branch_uscc_edit.setObjectName(u"branch_uscc_edit")
        self.branch_uscc_edit.setMaximumSize(QSize(240, 16777215))

        self.branch_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branch_uscc_edit)

        self.branch_legal_rep_label = QLabel(self.branch_box)
        self.branch_legal_rep_label.setObjectName(u"branch_legal_rep_label")

        self.branch_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.branch_legal_rep_label)

        self.branch_legal_rep_edit = QLineEdit(self.branch_box)
        self.branch_legal_rep_edit.setObjectName(u"branch_legal_rep_edit")
        self.branch_legal_rep_edit.setMaximumSize(QSize(240, 16777215))

        self.branch_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branch_legal_rep_edit)

        self.branch_address_label = QLabel(self.branch_box)
        self.branch_address_label.setObjectName(u"branch_address_label")

        self.branch_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.branch_address_label)

        self.branch_address_edit = QLineEdit(self.branch_box)
        self.branch_address_edit.setObjectName(u"branch_address_edit")

        self.branch_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branch_address_edit)

        self.branch_phone_label = QLabel(self.branch_box)
        self.branch_phone_label.setObjectName(u"branch_phone_label")

        self.branch_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.branch_phone_label)

        self.branch_phone_edit = QLineEdit(self.branch_box)
        self.branch_phone_edit.setObjectName(u"branch_phone_edit")
        self.branch_phone_edit.setMaximumSize(QSize(240, 16777215))

        self.branch_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.branch_phone_edit)


        self.parties_outer.addWidget(self.branch_box)

        self.dealer_box = QGroupBox(self.parties_tab)
        self.dealer_box.setObjectName(u"dealer_box")
        self.dealer_form = QFormLayout(self.dealer_box)
        self.dealer_form.setObjectName(u"dealer_form")
        self.dealer_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dealer_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.dealer_name_label = QLabel(self.dealer_box)
        self.dealer_name_label.setObjectName(u"dealer_name_label")

        self.dealer_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dealer_name_label)

        self.dealer_name_edit = QLineEdit(self.dealer_box)
        self.dealer_name_edit.setObjectName(u"dealer_name_edit")

        self.dealer_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dealer_name_edit)

        self.dealer_uscc_label = QLabel(self.dealer_box)
        self.dealer_uscc_label.setObjectName(u"dealer_uscc_label")

        self.dealer_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dealer_uscc_label)

        self.dealer_uscc_edit = QLineEdit(self.dealer_box)
        self.dealer_uscc_edit.setObjectName(u"dealer_uscc_edit")
        self.dealer_uscc_edit.setMaximumSize(QSize(240, 16777215))

        self.dealer_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dealer_uscc_edit)

        self.dealer_legal_rep_label = QLabel(self.dealer_box)
        self.dealer_legal_rep_label.setObjectName(u"dealer_legal_rep_label")

        self.dealer_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dealer_legal_rep_label)

        self.dealer_legal_rep_edit = QLineEdit(self.dealer_box)
        self.dealer_legal_rep_edit.setObjectName(u"dealer_legal_rep_edit")
        self.dealer_legal_rep_edit.setMaximumSize(QSize(240, 16777215))

        self.dealer_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dealer_legal_rep_edit)

        self.dealer_address_label = QLabel(self.dealer_box)
        self.dealer_address_label.setObjectName(u"dealer_address_label")

        self.dealer_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dealer_address_label)

        self.dealer_address_edit = QLineEdit(self.dealer_box)
        self.dealer_address_edit.setObjectName(u"dealer_address_edit")

        self.dealer_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dealer_address_edit)

        self.dealer_phone_label = QLabel(self.dealer_box)
        self.dealer_phone_label.setObjectName(u"dealer_phone_label")

        self.dealer_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dealer_phone_label)

        self.dealer_phone_edit = QLineEdit(self.dealer_box)
        self.dealer_phone_edit.setObjectName(u"dealer_phone_edit")
        self.dealer_phone_edit.setMaximumSize(QSize(240, 16777215))

        self.dealer_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dealer_phone_edit)


        self.parties_outer.addWidget(self.dealer_box)

        self.parties_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.parties_outer.addItem(self.parties_spacer)

        self.tabs.addTab(self.parties_tab, "")
        self.terms_tab = QWidget()
        self.terms_tab.setObjectName(u"terms_tab")
        self.terms_outer = QVBoxLayout(self.terms_tab)
        self.terms_outer.setObjectName(u"terms_outer")
        self.terms_outer.setProperty(u"stretch", u"0,1")
        self.policy_box = QGroupBox(self.terms_tab)
        self.policy_box.setObjectName(u"policy_box")
        self.policy_layout = QVBoxLayout(self.policy_box)
        self.policy_layout.setObjectName(u"policy_layout")
        self.terms_label = QLabel(self.policy_box)
        self.terms_label.setObjectName(u"terms_label")
        self.terms_label.setWordWrap(True)
        self.terms_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.policy_layout.addWidget(self.terms_label)

        self.refresh_terms_row = QHBoxLayout()
        self.refresh_terms_row.setObjectName(u"refresh_terms_row")
        self.refresh_terms_button = QPushButton(self.policy_box)
        self.refresh_terms_button.setObjectName(u"refresh_terms_button")

        self.refresh_terms_row.addWidget(self.refresh_terms_button)

        self.refresh_terms_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.refresh_terms_row.addItem(self.refresh_terms_spacer)


        self.policy_layout.addLayout(self.refresh_terms_row)


        self.terms_outer.addWidget(self.policy_box)

        self.targets_box = QGroupBox(self.terms_tab)
        self.targets_box.setObjectName(u"targets_box")
        self.targets_form = QFormLayout(self.targets_box)
        self.targets_form.setObjectName(u"targets_form")
        self.targets_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.targets_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.terms_target_monthly_premium_label = QLabel(self.targets_box)
        self.terms_target_monthly_premium_label.setObjectName(u"terms_target_monthly_premium_label")

        self.targets_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.terms_target_monthly_premium_label)

        self.terms_target_monthly_premium_edit = QLineEdit(self.targets_box)
        self.terms_target_monthly_premium_edit.setObjectName(u"terms_target_monthly_premium_edit")
        self.terms_target_monthly_premium_edit.setMaximumSize(QSize(160, 16777215))

        self.targets_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.terms_target_monthly_premium_edit)

        self.terms_target_take_up_label = QLabel(self.targets_box)
        self.terms_target_take_up_label.setObjectName(u"terms_target_take_up_label")

        self.targets_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.terms_target_take_up_label)

        self.terms_target_take_up_edit = QLineEdit(self.targets_box)
        self.terms_target_take_up_edit.setObjectName(u"terms_target_take_up_edit")
        self.terms_target_take_up_edit.setMaximumSize(QSize(160, 16777215))

        self.targets_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.terms_target_take_up_edit)

        self.terms_target_renewal_rate_label = QLabel(self.targets_box)
        self.terms_target_renewal_rate_label.setObjectName(u"terms_target_renewal_rate_label")

        self.targets_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.terms_target_renewal_rate_label)

        self.terms_target_renewal_rate_edit = QLineEdit(self.targets_box)
        self.terms_target_renewal_rate_edit.setObjectName(u"terms_target_renewal_rate_edit")
        self.terms_target_renewal_rate_edit.setMaximumSize(QSize(160, 16777215))

        self.targets_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.terms_target_renewal_rate_edit)

        self.terms_service_label = QLabel(self.targets_box)
        self.terms_service_label.setObjectName(u"terms_service_label")

        self.targets_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.terms_service_label)

        self.terms_service_edit = QPlainTextEdit(self.targets_box)
        self.terms_service_edit.setObjectName(u"terms_service_edit")
        self.terms_service_edit.setTabChangesFocus(True)

        self.targets_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.terms_service_edit)


        self.terms_outer.addWidget(self.targets_box)

        self.tabs.addTab(self.terms_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_outer = QVBoxLayout(self.documents_tab)
        self.documents_outer.setObjectName(u"documents_outer")
        self.documents_outer.setProperty(u"stretch", u"0,1,0,0")
        self.attachments_caption_label = QLabel(self.documents_tab)
        self.attachments_caption_label.setObjectName(u"attachments_caption_label")

        self.documents_outer.addWidget(self.attachments_caption_label)

        self.attachments_row = QHBoxLayout()
        self.attachments_row.setObjectName(u"attachments_row")
        self.attachments_row.setProperty(u"stretch", u"1,0")
        self.attachment_list = QListWidget(self.documents_tab)
        self.attachment_list.setObjectName(u"attachment_list")
        self.attachment_list.setAlternatingRowColors(True)

        self.attachments_row.addWidget(self.attachment_list)

        self.documents_bar = QWidget(self.documents_tab)
        self.documents_bar.setObjectName(u"documents_bar")
        self.documents_bar_layout = QVBoxLayout(self.documents_bar)
        self.documents_bar_layout.setObjectName(u"documents_bar_layout")
        self.documents_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.doc_type_label = QLabel(self.documents_bar)
        self.doc_type_label.setObjectName(u"doc_type_label")

        self.documents_bar_layout.addWidget(self.doc_type_label)

        self.doc_type_combo = QComboBox(self.documents_bar)
        self.doc_type_combo.setObjectName(u"doc_type_combo")

        self.documents_bar_layout.addWidget(self.doc_type_combo)

        self.add_files_button = QPushButton(self.documents_bar)
        self.add_files_button.setObjectName(u"add_files_button")

        self.documents_bar_layout.addWidget(self.add_files_button)

        self.remove_file_button = QPushButton(self.documents_bar)
        self.remove_file_button.setObjectName(u"remove_file_button")

        self.documents_bar_layout.addWidget(self.remove_file_button)

        self.documents_bar_gap = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.documents_bar_layout.addItem(self.documents_bar_gap)

        self.up_button = QPushButton(self.documents_bar)
        self.up_button.setObjectName(u"up_button")

        self.documents_bar_layout.addWidget(self.up_button)

        self.down_button = QPushButton(self.documents_bar)
        self.down_button.setObjectName(u"down_button")

        self.documents_bar_layout.addWidget(self.down_button)

        self.documents_bar_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documents_bar_layout.addItem(self.documents_bar_spacer)


        self.attachments_row.addWidget(self.documents_bar)


        self.documents_outer.addLayout(self.attachments_row)

        self.packs_caption_label = QLabel(self.documents_tab)
        self.packs_caption_label.setObjectName(u"packs_caption_label")

        self.documents_outer.addWidget(self.packs_caption_label)

        self.packs_list = QListWidget(self.documents_tab)
        self.packs_list.setObjectName(u"packs_list")
        self.packs_list.setMaximumSize(QSize(16777215, 110))
        self.packs_list.setAlternatingRowColors(True)

        self.documents_outer.addWidget(self.packs_list)

        self.tabs.addTab(self.documents_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.bottom_row.setProperty(u"stretch", u"1,0")
        self.audit_label = QLabel(ContractDialog)
        self.audit_label.setObjectName(u"audit_label")
        self.audit_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.bottom_row.addWidget(self.audit_label)

        self.button_box = QDialogButtonBox(ContractDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.bottom_row.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.qualification_no_label.setBuddy(self.qualification_no_edit)
        self.qualification_expiry_label.setBuddy(self.qualification_expiry_edit)
        self.note_label.setBuddy(self.note_edit)
        self.branch_name_label.setBuddy(self.branch_name_edit)
        self.branch_uscc_label.setBuddy(self.branch_uscc_edit)
        self.branch_legal_rep_label.setBuddy(self.branch_legal_rep_edit)
        self.branch_address_label.setBuddy(self.branch_address_edit)
        self.branch_phone_label.setBuddy(self.branch_phone_edit)
        self.dealer_name_label.setBuddy(self.dealer_name_edit)
        self.dealer_uscc_label.setBuddy(self.dealer_uscc_edit)
        self.dealer_legal_rep_label.setBuddy(self.dealer_legal_rep_edit)
        self.dealer_address_label.setBuddy(self.dealer_address_edit)
        self.dealer_phone_label.setBuddy(self.dealer_phone_edit)
        self.terms_target_monthly_premium_label.setBuddy(self.terms_target_monthly_premium_edit)
        self.terms_target_take_up_label.setBuddy(self.terms_target_take_up_edit)
        self.terms_target_renewal_rate_label.setBuddy(self.terms_target_renewal_rate_edit)
        self.terms_service_label.setBuddy(self.terms_service_edit)
        self.attachments_caption_label.setBuddy(self.attachment_list)
        self.doc_type_label.setBuddy(self.doc_type_combo)
        self.packs_caption_label.setBuddy(self.packs_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContractDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ContractDialog)
    # setupUi

    def retranslateUi(self, ContractDialog):
        ContractDialog.setWindowTitle(QCoreApplication.translate("ContractDialog", u"Contract", None))
        self.locked_label.setText(QCoreApplication.translate("ContractDialog", u"This contract is past draft and never changes. To change it, use Amend in the contract list: the amendment is a new revision.", None))
        self.number_caption_label.setText(QCoreApplication.translate("ContractDialog", u"Number", None))
        self.status_caption_label.setText(QCoreApplication.translate("ContractDialog", u"Status", None))
        self.kind_label.setText(QCoreApplication.translate("ContractDialog", u"Type", None))
        self.start_label.setText(QCoreApplication.translate("ContractDialog", u"Start", None))
        self.end_label.setText(QCoreApplication.translate("ContractDialog", u"End", None))
        self.qualification_no_label.setText(QCoreApplication.translate("ContractDialog", u"Agency qualification no.", None))
        self.qualification_expiry_label.setText(QCoreApplication.translate("ContractDialog", u"Qualification valid until", None))
        self.note_label.setText(QCoreApplication.translate("ContractDialog", u"Note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contract_tab), QCoreApplication.translate("ContractDialog", u"Contract", None))
        self.branch_box.setTitle(QCoreApplication.translate("ContractDialog", u"Party A \u2014 our branch", None))
        self.branch_name_label.setText(QCoreApplication.translate("ContractDialog", u"Legal name", None))
        self.branch_uscc_label.setText(QCoreApplication.translate("ContractDialog", u"Unified social credit code", None))
        self.branch_legal_rep_label.setText(QCoreApplication.translate("ContractDialog", u"Principal", None))
        self.branch_address_label.setText(QCoreApplication.translate("ContractDialog", u"Address", None))
        self.branch_phone_label.setText(QCoreApplication.translate("ContractDialog", u"Phone", None))
        self.dealer_box.setTitle(QCoreApplication.translate("ContractDialog", u"Party B \u2014 the dealer", None))
        self.dealer_name_label.setText(QCoreApplication.translate("ContractDialog", u"Legal name", None))
        self.dealer_uscc_label.setText(QCoreApplication.translate("ContractDialog", u"Unified social credit code", None))
        self.dealer_legal_rep_label.setText(QCoreApplication.translate("ContractDialog", u"Legal representative", None))
        self.dealer_address_label.setText(QCoreApplication.translate("ContractDialog", u"Address", None))
        self.dealer_phone_label.setText(QCoreApplication.translate("ContractDialog", u"Phone", None))
        self.tabs.setTabText(self.tabs.indexOf(self.parties_tab), QCoreApplication.translate("ContractDialog", u"Parties", None))
        self.policy_box.setTitle(QCoreApplication.translate("ContractDialog", u"From the approved policy (not edited here)", None))
        self.refresh_terms_button.setText(QCoreApplication.translate("ContractDialog", u"Take terms from the newest approved policy", None))
        self.targets_box.setTitle(QCoreApplication.translate("ContractDialog", u"Targets and services", None))
        self.terms_target_monthly_premium_label.setText(QCoreApplication.translate("ContractDialog", u"Monthly premium (yuan)", None))
        self.terms_target_monthly_premium_edit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"e.g. 150000", None))
        self.terms_target_take_up_label.setText(QCoreApplication.translate("ContractDialog", u"New-car take-up (%)", None))
        self.terms_target_take_up_edit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"e.g. 55", None))
        self.terms_target_renewal_rate_label.setText(QCoreApplication.translate("ContractDialog", u"Renewal rate (%)", None))
        self.terms_target_renewal_rate_edit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"e.g. 60", None))
        self.terms_service_label.setText(QCoreApplication.translate("ContractDialog", u"Service commitments", None))
        self.terms_service_edit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"One service commitment per line", None))
        self.tabs.setTabText(self.tabs.indexOf(self.terms_tab), QCoreApplication.translate("ContractDialog", u"Terms", None))
        self.attachments_caption_label.setText(QCoreApplication.translate("ContractDialog", u"Merged into the pack in this order (PDF, JPG or PNG):", None))
        self.doc_type_label.setText(QCoreApplication.translate("ContractDialog", u"Document type", None))
        self.add_files_button.setText(QCoreApplication.translate("ContractDialog", u"Add files\u2026", None))
        self.remove_file_button.setText(QCoreApplication.translate("ContractDialog", u"Remove", None))
        self.up_button.setText(QCoreApplication.translate("ContractDialog", u"Up", None))
        self.down_button.setText(QCoreApplication.translate("ContractDialog", u"Down", None))
        self.packs_caption_label.setText(QCoreApplication.translate("ContractDialog", u"Packs generated (with their SHA-256):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documents_tab), QCoreApplication.translate("ContractDialog", u"Documents", None))
    # retranslateUi

